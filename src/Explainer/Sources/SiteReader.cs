using Explainer.Diagnostics;

namespace Explainer.Sources;

/// <summary>Reads a site from disk into a <see cref="SiteInput"/>: <c>input/</c>, <c>seeds/</c> and the theme.
/// Hidden files and editor droppings are skipped; a symbolic link is followed only when it stays inside its folder.</summary>
public static class SiteReader
{
    public static SiteInput Read(string root, string? themeDirectory, BuildOptions options)
    {
        root = Path.GetFullPath(root);
        var theme = Path.GetFullPath(themeDirectory ?? Path.Combine(root, "theme"));
        var diagnostics = new DiagnosticBag();
        var found = new List<(string Logical, string Physical)>();
        Collect(Path.Combine(root, "input"), "input", found, diagnostics);
        Collect(Path.Combine(root, "seeds"), "seeds", found, diagnostics);
        Collect(theme, "theme", found, diagnostics);

        var files = new InputFile?[found.Count];
        Parallel.For(0, found.Count, i =>
        {
            try
            {
                files[i] = new InputFile(found[i].Logical, ReadAllBytes(found[i].Physical)) { Physical = found[i].Physical };
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(Codes.ReadFailed, SourceLocation.File(found[i].Logical), $"the file could not be read: {e.Message}",
                    "check that it exists and that you may read it");
            }
        });

        var list = files.OfType<InputFile>().OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return new SiteInput(list, options) { ReadDiagnostics = diagnostics.ToSortedList() };
    }

    /// <summary>As <see cref="File.ReadAllBytes"/>, into an array that is not cleared first (every byte is read into it).
    /// Not pinned: a full build lets go of the articles' bytes once they are parsed, and the collector compacts the
    /// space they leave, which it never does for pinned arrays.</summary>
    internal static byte[] ReadAllBytes(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > Array.MaxLength)
        {
            throw new IOException($"the file is larger than {Array.MaxLength} bytes");
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        var read = 0;
        while (read < bytes.Length)
        {
            var count = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (count == 0)
            {
                return bytes[..read];
            }

            read += count;
        }

        return bytes;
    }

    /// <summary>Editors write these beside the file being saved; they are never content.</summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)
        || name.EndsWith(".swx", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal)
        || name == "4913";

    private static void Collect(string top, string logicalTop, List<(string, string)> found, DiagnosticBag diagnostics)
    {
        var directory = new DirectoryInfo(top);
        if (!directory.Exists)
        {
            return;
        }

        var topWithSeparator = directory.FullName.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var pending = new Stack<(DirectoryInfo Directory, string Logical)>();
        pending.Push((directory, logicalTop));
        while (pending.Count > 0)
        {
            var (current, logical) = pending.Pop();
            if (Entries(current, logical, diagnostics) is not { } entries)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (IsIgnored(entry.Name))
                {
                    continue;
                }

                var entryLogical = $"{logical}/{entry.Name}";
                if (entry.LinkTarget is not null && !IsFollowed(entry, entryLogical, topWithSeparator, diagnostics))
                {
                    continue;
                }

                if (entry is DirectoryInfo child)
                {
                    if (entry.LinkTarget is null)
                    {
                        pending.Push((child, entryLogical));
                    }
                }
                else if (RegularFile.Is(entry.FullName))
                {
                    found.Add((entryLogical, entry.FullName));
                }
                else
                {
                    diagnostics.Error(Codes.NotRegularFile, SourceLocation.File(entryLogical),
                        "this is not a regular file (a named pipe, socket or device) and was not read",
                        "remove it; the site is made of ordinary files only");
                }
            }
        }
    }

    /// <summary>The folder's entries, or null (reported) when it cannot be listed: no permission, or it vanished.</summary>
    private static List<FileSystemInfo>? Entries(DirectoryInfo folder, string logical, DiagnosticBag diagnostics)
    {
        try
        {
            return folder.EnumerateFileSystemInfos().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.FolderReadFailed, SourceLocation.File(logical), $"the folder could not be read: {e.Message}",
                "check that it exists and that you may read it");
            return null;
        }
    }

    /// <summary>A link is read only when it leads to a file inside its folder; otherwise it is reported: a link out of the
    /// folder is skipped with a warning, one that cannot be followed (a loop) is an error.</summary>
    private static bool IsFollowed(FileSystemInfo link, string logical, string topWithSeparator, DiagnosticBag diagnostics)
    {
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.FolderReadFailed, SourceLocation.File(logical), $"the symbolic link could not be followed: {e.Message}",
                "remove the link or point it at a file in its folder");
            return false;
        }

        if (target is FileInfo { Exists: true } && target.FullName.StartsWith(topWithSeparator, StringComparison.Ordinal))
        {
            return true;
        }

        diagnostics.Warning(Codes.SymlinkSkipped, SourceLocation.File(logical),
            "this symbolic link points outside its folder and was not read",
            "copy the file into the folder instead of linking to it");
        return false;
    }
}
