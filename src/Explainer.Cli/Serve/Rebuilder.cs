using System.Diagnostics;
using System.Threading.Channels;

namespace Explainer.Cli.Serve;

/// <summary>
/// Turns file events into builds, one at a time: waits until the events stop for <see cref="Debounce"/>,
/// re-reads the named files, builds and publishes. Events that arrive during a build leave one pending
/// signal, so any number of them cause exactly one more build, and cancel the build in progress. The events of one
/// save (truncate, then write) come within a millisecond or two of each other, so a short quiet is enough. A file that
/// vanished or became empty is given <see cref="Grace"/> to come back, since editors delete, rename or truncate
/// before they write: a half-written file is never built.
/// </summary>
internal sealed class Rebuilder(SourceFiles files, Action<IReadOnlyList<string>, CancellationToken> build, Action<Exception> failed)
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(20);
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(2);

    private readonly Channel<bool> signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly HashSet<string> dirty = new(StringComparer.Ordinal);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private bool rescan;
    private long lastEvent;
    private CancellationTokenSource? running;
    private IReadOnlyList<string> unfinished = [];

    /// <summary>How many builds ran after the first one.</summary>
    public int Rebuilds { get; private set; }

    public void Changed(string logicalPath)
    {
        if (files.Physical(logicalPath) is null && logicalPath.Contains('/'))
        {
            return; // an editor's swap or backup file
        }

        lock (dirty)
        {
            dirty.Add(logicalPath);
            lastEvent = clock.ElapsedTicks;
            running?.Cancel();
        }

        signal.Writer.TryWrite(true);
    }

    public void Rescan()
    {
        lock (dirty)
        {
            rescan = true;
            lastEvent = clock.ElapsedTicks;
            running?.Cancel();
        }

        signal.Writer.TryWrite(true);
    }

    public async Task Run(CancellationToken stopping)
    {
        try
        {
            while (await signal.Reader.WaitToReadAsync(stopping))
            {
                signal.Reader.TryRead(out _);
                await Quiet(stopping);
                var (paths, all) = Take();
                await WaitForReplacements(paths, stopping);
                try
                {
                    var changed = (all ? files.Rescan() : files.Refresh(paths) ?? files.Rescan()).Union(unfinished).ToList();
                    if (changed.Count > 0)
                    {
                        Rebuilds++;
                        Build(changed, stopping);
                    }
                }
                catch (Exception e) when (!stopping.IsCancellationRequested)
                {
                    // Never the end of the preview: say what happened, and read everything again on the next save.
                    lock (dirty)
                    {
                        rescan = true;
                    }

                    failed(e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
    }

    /// <summary>A newer edit cancels the build (its result would be out of date at once); its changes then go
    /// into the next one, which that edit's signal starts.</summary>
    private void Build(List<string> changed, CancellationToken stopping)
    {
        using var current = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        lock (dirty)
        {
            running = current;
        }

        try
        {
            build(changed, current.Token);
            unfinished = [];
        }
        catch (OperationCanceledException) when (current.IsCancellationRequested && !stopping.IsCancellationRequested)
        {
            unfinished = changed;
        }
        finally
        {
            lock (dirty)
            {
                running = null;
            }
        }
    }

    private async Task Quiet(CancellationToken stopping)
    {
        var started = clock.Elapsed;
        while (clock.Elapsed - started < LongestWait)
        {
            TimeSpan sinceLast;
            lock (dirty)
            {
                sinceLast = TimeSpan.FromTicks((clock.ElapsedTicks - lastEvent) * TimeSpan.TicksPerSecond / Stopwatch.Frequency);
            }

            if (sinceLast >= Debounce)
            {
                return;
            }

            await Task.Delay(Debounce - sinceLast, stopping);
        }
    }

    private (List<string> Paths, bool All) Take()
    {
        lock (dirty)
        {
            var taken = (dirty.Order(StringComparer.Ordinal).ToList(), rescan);
            dirty.Clear();
            rescan = false;
            return taken;
        }
    }

    /// <summary>vim renames the file away before writing the new one; some tools delete and recreate, others truncate
    /// and write. Building in between would publish a site without the page, so wait (bounded) for it to return.</summary>
    private async Task WaitForReplacements(List<string> paths, CancellationToken stopping)
    {
        bool Unfinished(string path) => files.IsMissing(path) || files.IsEmptied(path);
        if (!paths.Any(Unfinished))
        {
            return;
        }

        var started = clock.Elapsed;
        while (paths.Any(Unfinished) && clock.Elapsed - started < Grace)
        {
            await Task.Delay(5, stopping);
        }

        await Quiet(stopping); // the file is back (or gone for good); let its writer finish
    }
}
