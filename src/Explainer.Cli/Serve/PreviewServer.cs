using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Explainer.Cli.Serve;

/// <summary>Kestrel, bound to one address, serving the current <see cref="SiteSnapshot"/> from memory and
/// pushing reload events. No logging, no middleware: one request delegate.</summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly IPAddress address;
    private readonly string host;
    private readonly int port;
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? app;
    private volatile Microsoft.AspNetCore.Http.RequestDelegate? handler;
    private volatile SiteSnapshot current;

    public PreviewServer(IPAddress address, string host, int port, SiteSnapshot first)
    {
        this.address = address;
        this.host = host;
        this.port = port;
        current = first;
    }

    public ReloadChannel Reload { get; } = new();

    public SiteSnapshot Current => current;

    /// <summary>The address to open, with the port Kestrel chose when 0 was asked for.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Long targets must reach the guard (which answers 400) instead of Kestrel's own 414.
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 96 * 1024;
            kestrel.Listen(address, port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        app = builder.Build();
        // The Host allow-list needs the port, known only once Kestrel has bound it.
        app.Run(context => handler is { } ready ? ready(context) : Task.FromResult(context.Response.StatusCode = 503));
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var actualPort = new Uri(bound).Port;
        var guard = new RequestGuard(host, actualPort);
        handler = new RequestHandler(guard, Reload, () => current, stopping.Token).Handle;
        var shown = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        Address = new Uri($"http://{shown}:{actualPort}/");
    }

    /// <summary>Swaps in a new state, then tells every open page.</summary>
    public void Publish(SiteSnapshot snapshot, string eventName, string data)
    {
        current = snapshot;
        Reload.Publish(eventName, data);
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (app is not null)
        {
            using var limit = new CancellationTokenSource(PreviewSession.StopWait);
            await app.StopAsync(limit.Token);
            await app.DisposeAsync();
        }

        stopping.Dispose();
    }
}
