using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using Explainer.Cli.Commands;
using Explainer.Sources;

namespace Explainer.Cli.Serve;

/// <summary><c>explainer serve</c>: builds once, serves the site from memory and rebuilds on every save.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port") { Description = "The port to listen on; 0 picks a free one", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on; anything but loopback exposes drafts to the network",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var poll = new Option<bool>("--poll")
        {
            Description = "Look for changes twice a second instead of waiting for file events, which shared folders in containers and virtual machines do not send",
        };
        var command = new Command("serve",
            "Preview the site: build, serve it from memory on a local address, and rebuild and reload the browser on every save (drafts are shown, with a banner)");
        options.AddTo(command, forServe: true);
        command.Options.Add(port);
        command.Options.Add(host);
        command.Options.Add(poll);
        command.SetAction((result, token) => options.ToBuildOptions(result, preview: true) is { } buildOptions
            ? Run(result.GetValue(options.Root)!, result.GetValue(options.Theme), result.GetValue(host)!, result.GetValue(port), buildOptions,
                result.GetValue(poll), token, result.GetValue(options.Verbose))
            : Task.FromResult(ExitCodes.Usage));
        return command;
    }

    public static async Task<int> Run(string root, string? theme, string host, int port, BuildOptions options, bool poll, CancellationToken token, bool verbose = false)
    {
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"error: the root folder '{root}' does not exist");
            return ExitCodes.Usage;
        }

        if (port is < 0 or > 65535 || ParseHost(host) is not { } address)
        {
            Console.Error.WriteLine(port is < 0 or > 65535
                ? $"error: --port {port} is not a port number (0 to 65535; 0 picks a free port)"
                : $"error: --host '{host}' is not an IP address or 'localhost'");
            return ExitCodes.Usage;
        }

        if (!IPAddress.IsLoopback(address))
        {
            Console.Error.WriteLine($"warning: listening on {host}, not on loopback: anyone who can reach this machine can read the preview, drafts included");
        }

        PreviewSession session;
        try
        {
            session = await PreviewSession.StartAsync(new ServeSettings(root, theme, address, host, port, options) { Poll = poll, Verbose = verbose }, diagnostics => Reporter.Print(diagnostics, verbose), Console.Out);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: could not listen on {host}:{port}: {e.Message}");
            return ExitCodes.Usage;
        }

        await using (session)
        {
            Console.WriteLine($"Serving {session.Address} (Ctrl+C to stop)");
            await WaitForStop(token);
            Console.WriteLine("Stopping.");
        }

        return ExitCodes.Success;
    }

    private static IPAddress? ParseHost(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? IPAddress.Loopback
        : IPAddress.TryParse(host.Trim('[', ']'), out var address) ? address
        : null;

    private static async Task WaitForStop(CancellationToken token)
    {
        var stop = new TaskCompletionSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.TrySetResult();
        });
        using var registration = token.Register(() => stop.TrySetResult());
        await stop.Task;
    }
}
