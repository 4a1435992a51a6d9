using System.Runtime.InteropServices;
using Explainer.Diagnostics;

namespace Explainer.Output;

/// <summary>
/// Writes a build into a fresh sibling folder, then swaps it into place in one step (an atomic exchange where
/// the kernel offers it), so <c>output/</c> always holds a complete build: a failed or killed build leaves the
/// previous one as it was, and stale files vanish by construction.
/// </summary>
public static partial class OutputWriter
{
    private const string StagingMarker = ".explainer-staging-";
    private const string RetiredMarker = ".explainer-retired-";
    private const string LockMarker = ".explainer-lock-";

    /// <summary>Written into every build's folder: an output folder holding anything else is not replaced.</summary>
    public const string Marker = ".explainer-build";

    /// <summary>Why <paramref name="output"/> may not be written, or null when it may. Folders are compared with every
    /// symbolic link resolved, so a root or output reached through a link is still recognised.</summary>
    public static Diagnostic? Refusal(string output, string root, string? theme)
    {
        try
        {
            var target = RealPath.Of(output);
            if (Overlap(target, RealPath.Of(root), theme is null ? null : RealPath.Of(theme)) is { } reason)
            {
                return RefusedDiagnostic(output, reason);
            }

            return HoldsOtherFiles(target)
                ? new Diagnostic(Severity.Error, Codes.OutputNotOurs, SourceLocation.File(output),
                    $"refusing to replace '{output}': it holds files that no Explainer build wrote (it has no {Marker} file)",
                    "empty the folder or pass --output with a folder of its own, such as ./output")
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return RefusedDiagnostic(output, e.Message);
        }
    }

    private static string? Overlap(string target, string root, string? theme)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (target == Path.GetPathRoot(target))
        {
            return "the output folder is the file system root";
        }

        if (home.Length > 0 && target == RealPath.Of(home))
        {
            return "the output folder is the home folder";
        }

        if (target == root)
        {
            return "the output folder is the site root itself";
        }

        if (IsUnder(root, target))
        {
            return "the output folder contains the site root";
        }

        var sources = new[] { ("input", Path.Combine(root, "input")), ("seeds", Path.Combine(root, "seeds")), ("theme", theme ?? Path.Combine(root, "theme")) };
        foreach (var (name, folder) in sources.Select(s => (s.Item1, RealPath.Of(s.Item2))))
        {
            if (target == folder || IsUnder(target, folder))
            {
                return $"the output folder is inside {name}/";
            }

            if (IsUnder(folder, target))
            {
                return $"the output folder contains {name}/";
            }
        }

        return File.Exists(target) ? "it is a file, not a folder" : null;
    }

    /// <summary>An existing folder with anything in it but no marker: the writer's own files, which a build must not delete.
    /// A site built before the marker existed is recognised by the export every build writes, <c>data/explainer.json</c>.</summary>
    private static bool HoldsOtherFiles(string target) =>
        Directory.Exists(target) && !File.Exists(Path.Combine(target, Marker)) && !File.Exists(Path.Combine(target, "data", "explainer.json"))
        && Directory.EnumerateFileSystemEntries(target).Any();

    public static void Write(string output, IReadOnlyList<OutputFile> files)
    {
        using var staged = Begin(output);
        Parallel.ForEach(files, staged.Write);
        staged.Commit();
    }

    /// <summary>Starts a build of <paramref name="output"/> in a staging folder beside it; files are added as they are made.
    /// While another build stages into the same folder this waits for it (calling <paramref name="waiting"/> once).</summary>
    public static StagedOutput Begin(string output, Action? waiting = null)
    {
        var target = RealPath.Of(output);
        var parent = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        Directory.CreateDirectory(parent);
        var exclusive = OutputLock.Acquire(Path.Combine(parent, $"{LockMarker}{name}"), waiting);
        try
        {
            // Under the lock, a staging folder of this output can only be a killed build's.
            RemoveLeftovers(parent, name);
            return new StagedOutput(target, Path.Combine(parent, $"{StagingMarker}{name}-{Environment.ProcessId}"), exclusive);
        }
        catch
        {
            exclusive.Dispose();
            throw;
        }
    }

    /// <summary>Puts <paramref name="staging"/> in place of <paramref name="target"/>; returns the folder that now holds
    /// the previous output (null when there was none), for the caller to remove once the result is out.</summary>
    internal static string? Swap(string staging, string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return null;
        }

        if (OperatingSystem.IsLinux() && Exchange(staging, target))
        {
            return staging;
        }

        var retired = Path.Combine(parent, $"{RetiredMarker}{Path.GetFileName(target)}-{Environment.ProcessId}");
        Directory.Move(target, retired);
        Directory.Move(staging, target);
        return retired;
    }

    /// <summary>Folders a killed build of this output left beside it: the marker, the output's name, a process id. Only
    /// exactly that, since <c>out-2</c>'s staging folder also starts with <c>out-</c>.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var marker in new[] { StagingMarker, RetiredMarker })
        {
            var prefix = $"{marker}{name}-";
            foreach (var leftover in Directory.EnumerateDirectories(parent, prefix + "*"))
            {
                var id = Path.GetFileName(leftover)[prefix.Length..];
                try
                {
                    if (id.Length > 0 && id.All(char.IsAsciiDigit))
                    {
                        Directory.Delete(leftover, recursive: true);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Not ours to fix now (permissions?); it is tried again next time.
                }
            }
        }
    }

    private static bool Exchange(string a, string b)
    {
        const uint RenameExchange = 2;
        const int AtFdCwd = -100;
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);

    private static bool IsUnder(string child, string parent) =>
        child.StartsWith(parent.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static Diagnostic RefusedDiagnostic(string output, string reason) =>
        new(Severity.Error, Codes.OutputRefused, SourceLocation.File(output), $"refusing to write the site to '{output}': {reason}",
            "pass --output with a folder of its own, such as ./output");
}
