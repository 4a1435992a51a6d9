using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Explainer.Cli.Serve;

/// <summary>Server-sent events to every open page: <c>reload</c> after a rebuild, <c>css</c> when only
/// stylesheets changed. A page that connects with an older build number is told to reload at once, so a
/// rebuild that finished between its load and its connection is not missed.</summary>
internal sealed class ReloadChannel
{
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);
    private readonly ConcurrentDictionary<Channel<string>, byte> subscribers = new();

    public int SubscriberCount => subscribers.Count;

    public void Publish(string name, string data)
    {
        var message = $"event: {name}\ndata: {data}\n\n";
        foreach (var subscriber in subscribers.Keys)
        {
            subscriber.Writer.TryWrite(message);
        }
    }

    public async Task Stream(HttpContext context, SiteSnapshot current, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Accel-Buffering"] = "no";
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest });
        subscribers.TryAdd(channel, 0);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            var seen = context.Request.Query["build"].ToString();
            var first = seen == current.Build.ToString(CultureInfo.InvariantCulture)
                ? ": connected\n\n"
                : $"event: reload\ndata: {current.Build.ToString(CultureInfo.InvariantCulture)}\n\n";
            await Write(response, first, cancel.Token);
            while (!cancel.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token);
                wait.CancelAfter(KeepAlive);
                string message;
                try
                {
                    message = await channel.Reader.ReadAsync(wait.Token);
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    message = ": keep-alive\n\n";
                }

                await Write(response, message, cancel.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
        finally
        {
            subscribers.TryRemove(channel, out _);
        }
    }

    private static async Task Write(HttpResponse response, string message, CancellationToken token)
    {
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), token);
        await response.Body.FlushAsync(token);
    }
}
