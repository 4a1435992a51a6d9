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

    /// <summary>Why <paramref name="output"/> may not be written, or null when it may.</summary>
    public static string? Refusal(string output, string root)
    {
        var full = Normalize(output);
        var rootFull = Normalize(root);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (Path.GetPathRoot(full) == full + Path.DirectorySeparatorChar || full.Length <= 1 || full == Normalize(Path.GetPathRoot(full)!))
        {
            return "the output folder is the file system root";
        }

        if (home.Length > 0 && full == Normalize(home))
        {
            return "the output folder is the home folder";
        }

        if (full == rootFull)
        {
            return "the output folder is the site root itself";
        }

        if (IsUnder(rootFull, full))
        {
            return "the output folder contains the site root";
        }

        foreach (var source in new[] { "input", "seeds", "theme" })
        {
            var folder = Path.Combine(rootFull, source);
            if (full == folder || IsUnder(full, folder))
            {
                return $"the output folder is inside {source}/";
            }
        }

        return null;
    }

    public static void Write(string output, IReadOnlyList<OutputFile> files)
    {
        using var staged = Begin(output);
        Parallel.ForEach(files, staged.Write);
        staged.Commit();
    }

    /// <summary>Starts a build of <paramref name="output"/> in a staging folder beside it; files are added as they are made.</summary>
    public static StagedOutput Begin(string output)
    {
        var target = Normalize(output);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(target));
        return new StagedOutput(target, Path.Combine(parent, $"{StagingMarker}{Path.GetFileName(target)}-{Environment.ProcessId}"));
    }

    internal static void Swap(string staging, string target)
    {
        var parent = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        if (OperatingSystem.IsLinux() && Exchange(staging, target))
        {
            Directory.Delete(staging, recursive: true);
            return;
        }

        var retired = Path.Combine(parent, $"{RetiredMarker}{Path.GetFileName(target)}-{Environment.ProcessId}");
        Directory.Move(target, retired);
        Directory.Move(staging, target);
        Directory.Delete(retired, recursive: true);
    }

    /// <summary>Folders a killed build left beside the output.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var marker in new[] { StagingMarker, RetiredMarker })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, $"{marker}{name}-*"))
            {
                try
                {
                    Directory.Delete(leftover, recursive: true);
                }
                catch (IOException)
                {
                    // Another build may be using it; it is removed next time.
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

    private static string Normalize(string path) => Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar) is { Length: > 0 } p ? p : "/";

    private static bool IsUnder(string child, string parent) =>
        child.StartsWith(parent.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    public static Diagnostic RefusedDiagnostic(string output, string reason) =>
        new(Severity.Error, Codes.OutputRefused, SourceLocation.File(output), $"refusing to write the site to '{output}': {reason}",
            "pass --output with a folder of its own, such as ./output");
}
