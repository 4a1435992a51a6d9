namespace Explainer.Output;

/// <summary>
/// A path with every symbolic link on the way resolved, as realpath(3) gives it, also when its end does not exist
/// yet. Two spellings of one folder (through a link, or with <c>..</c> after a link) compare equal only this way.
/// </summary>
internal static class RealPath
{
    /// <summary>Linux gives up after 40 links on one path; so does this, instead of looping.</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    public static string Of(string path)
    {
        // Not Path.GetFullPath: it removes "x/.." as text, and when x is a link the kernel goes to the link target's parent.
        var absolute = Path.IsPathRooted(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var resolved = Path.GetPathRoot(absolute)!;
        var pending = new Stack<string>(Parts(absolute).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }

            var next = Path.Combine(resolved, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                resolved = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links in '{path}'");
            }

            if (Path.IsPathRooted(target))
            {
                resolved = Path.GetPathRoot(target)!;
            }

            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }

        return resolved;
    }

    private static IEnumerable<string> Parts(string path) =>
        path[Path.GetPathRoot(path)!.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");
}
