using Explainer.Cli.Commands;
using Explainer.Diagnostics;

namespace Explainer.Cli.Serve;

/// <summary>Everything <c>explainer serve</c> runs, wired by hand: the first build, the server, the watcher
/// and the rebuild loop. Disposing stops them in the reverse order.</summary>
internal sealed class PreviewSession : IAsyncDisposable
{
    /// <summary>How long stopping waits for a rebuild, and then for open connections: Ctrl+C and SIGTERM end
    /// the process within a second, whatever is running.</summary>
    public static readonly TimeSpan StopWait = TimeSpan.FromMilliseconds(300);

    private readonly CancellationTokenSource stopping = new();
    private readonly PreviewServer server;
    private readonly Rebuilder rebuilder;
    private readonly IDisposable watcher;
    private readonly Task loop;

    private PreviewSession(PreviewServer server, Rebuilder rebuilder, IDisposable watcher)
    {
        this.server = server;
        this.rebuilder = rebuilder;
        this.watcher = watcher;
        loop = Task.Run(() => rebuilder.Run(stopping.Token));
    }

    public Uri Address => server.Address;

    public SiteSnapshot Current => server.Current;

    public int Rebuilds => rebuilder.Rebuilds;

    /// <summary>Pages connected to the reload channel.</summary>
    public int Subscribers => server.Reload.SubscriberCount;

    public static async Task<PreviewSession> StartAsync(ServeSettings settings, Action<IReadOnlyList<Diagnostic>> report, TextWriter log)
    {
        ReserveThreads();
        var files = new SourceFiles(settings.Root, settings.ThemeFolder, settings.Options);
        files.Rescan();
        var publisher = new SnapshotPublisher(files, report, log, settings.Verbose);
        var schemas = Path.Combine(settings.Root, SchemaCommand.DefaultFolder);
        void Build(IReadOnlyList<string>? changed, CancellationToken cancel)
        {
            publisher.Build(changed, cancel);
            UpdateSchemas(schemas, files, log);
        }

        Build(null, CancellationToken.None);
        var server = new PreviewServer(settings.Address, settings.Host, settings.Port, publisher.Current);
        await server.StartAsync();
        publisher.Publish = server.Publish;
        var rebuilder = new Rebuilder(files, Build, publisher.Fail);
        IDisposable watcher = settings.Poll
            ? new PollingWatcher(files, rebuilder.Changed, rebuilder.Rescan, settings.PollInterval)
            : new SiteWatcher(files, rebuilder.Changed, rebuilder.Rescan);
        return new PreviewSession(server, rebuilder, watcher);
    }

    /// <summary>The preview serves while it builds. A build holds a thread of the pool from start to end, renders on one
    /// thread per core and makes the data files and the cards on two more, and a cancelled build's cards may still be
    /// finishing. A pool that starts with one thread per core then has none left for a request, which waits until the
    /// pool grows (up to a second, in <c>.ci/serve-bench</c> at 10,000 articles). So the pool starts with enough threads
    /// for the builds and for requests; it makes a thread only when one is needed.</summary>
    private static void ReserveThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, 2 * Environment.ProcessorCount + 8), completionPorts);
    }

    /// <summary>The JSON Schemas name the slugs that exist: a new or removed record changes them.</summary>
    private static void UpdateSchemas(string folder, SourceFiles files, TextWriter log)
    {
        try
        {
            SchemaCommand.Update(folder, files.Paths);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.WriteLine($"warning: the JSON Schemas could not be written to {folder}: {e.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        watcher.Dispose();
        await stopping.CancelAsync();
        try
        {
            await loop.WaitAsync(StopWait);
        }
        catch (TimeoutException)
        {
            // A rebuild is still running; its result is no longer wanted, and the process may end under it.
        }

        await server.DisposeAsync();
        stopping.Dispose();
    }
}
