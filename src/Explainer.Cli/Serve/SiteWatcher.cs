namespace Explainer.Cli.Serve;

/// <summary>Watches input/, seeds/ and the theme. Every event only names a path to look at again: what
/// changed is decided by reading the disk, so vim's rename-and-write, atomic replaces and delete-and-recreate
/// all come down to "this path may differ". A lost event (buffer overflow, watcher error) asks for a full read.</summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Action<string> changed;
    private readonly Action rescan;

    public SiteWatcher(SourceFiles files, Action<string> changed, Action rescan)
    {
        this.changed = changed;
        this.rescan = rescan;
        Watch(Path.Combine(files.Root, "input"), "input");
        Watch(Path.Combine(files.Root, "seeds"), "seeds");
        Watch(files.Theme, "theme");
    }

    public void Dispose()
    {
        foreach (var watcher in watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }
    }

    private void Watch(string folder, string logicalTop)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        var prefix = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        string Logical(string full) => full.StartsWith(prefix, StringComparison.Ordinal)
            ? logicalTop + "/" + full[prefix.Length..].Replace(Path.DirectorySeparatorChar, '/')
            : logicalTop;
        watcher.Changed += (_, e) => changed(Logical(e.FullPath));
        watcher.Created += (_, e) => changed(Logical(e.FullPath));
        watcher.Deleted += (_, e) => changed(Logical(e.FullPath));
        watcher.Renamed += (_, e) =>
        {
            changed(Logical(e.OldFullPath));
            changed(Logical(e.FullPath));
        };
        watcher.Error += (_, _) => rescan();
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }
}
