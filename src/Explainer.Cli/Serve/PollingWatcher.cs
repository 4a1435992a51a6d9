namespace Explainer.Cli.Serve;

/// <summary>Watches input/, seeds/ and the theme by listing them every <see cref="Interval"/> and comparing each file's
/// size and time of last write: for shared folders (containers, virtual machines, network drives) where file events
/// never arrive. Like <see cref="SiteWatcher"/>, it only names paths to look at again.</summary>
internal sealed class PollingWatcher : IDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly CancellationTokenSource stopping = new();
    private readonly (string Folder, string Logical)[] tops;
    private readonly Task loop;

    public PollingWatcher(SourceFiles files, Action<string> changed, Action rescan, TimeSpan interval)
    {
        tops = [(Path.Combine(files.Root, "input"), "input"), (Path.Combine(files.Root, "seeds"), "seeds"), (files.Theme, "theme")];
        var last = List();
        loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(interval);
            try
            {
                while (await timer.WaitForNextTickAsync(stopping.Token))
                {
                    var now = List();
                    if (now is null || last is null)
                    {
                        rescan();
                    }
                    else
                    {
                        foreach (var path in now.Keys.Union(last.Keys).Where(p => !now.TryGetValue(p, out var a) || !last.TryGetValue(p, out var b) || a != b))
                        {
                            changed(path);
                        }
                    }

                    last = now;
                }
            }
            catch (OperationCanceledException)
            {
                // The server is stopping.
            }
        });
    }

    public void Dispose()
    {
        stopping.Cancel();
        loop.Wait();
        stopping.Dispose();
    }

    /// <summary>Every file by logical path with its size and time of last write; null when a folder could not be
    /// listed (it changed while being listed): the next round, or a full read, sorts it out.</summary>
    private Dictionary<string, (long, DateTime)>? List()
    {
        var found = new Dictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        try
        {
            foreach (var (folder, logical) in tops)
            {
                Collect(new DirectoryInfo(folder), logical, found);
            }

            return found;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void Collect(DirectoryInfo folder, string logical, Dictionary<string, (long, DateTime)> found)
    {
        if (!folder.Exists)
        {
            return;
        }

        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            var path = $"{logical}/{entry.Name}";
            if (entry is DirectoryInfo child)
            {
                // A linked folder is not followed (the reader does not follow it either), so a loop cannot trap the poller.
                if (child.LinkTarget is null)
                {
                    Collect(child, path, found);
                }
            }
            else if (entry is FileInfo file)
            {
                found[path] = (file.Length, file.LastWriteTimeUtc);
            }
        }
    }
}
