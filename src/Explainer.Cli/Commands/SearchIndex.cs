using System.Diagnostics;
using Explainer.Diagnostics;

namespace Explainer.Cli.Commands;

/// <summary>The search index is Pagefind's, made from the built pages. When Pagefind is installed in the root
/// (<c>npm ci</c>), <c>build</c> runs it on the staged site before that replaces the output, so a build never
/// drops the index; when it is not, a build that would drop an index the previous output had says so.</summary>
internal static class SearchIndex
{
    private const string Bundle = "pagefind";

    /// <summary><c>node_modules/.bin/pagefind</c> under the root: the version <c>package.json</c> pins.</summary>
    public static string? Pagefind(string root)
    {
        var path = Path.Combine(root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");
        return File.Exists(path) ? path : null;
    }

    /// <summary>True when <paramref name="output"/> holds an index Pagefind made (not the build's placeholder).</summary>
    public static bool Exists(string output) => File.Exists(Path.Combine(output, Bundle, "pagefind.js"));

    /// <summary>Indexes the staged site; a failure is a warning, and the staged site keeps the build's "no index" placeholder.</summary>
    public static Diagnostic? Index(string pagefind, string root, string staged, string output)
    {
        var folder = Path.Combine(staged, Bundle);
        var entry = Path.Combine(folder, "pagefind-entry.json");
        var placeholder = File.ReadAllBytes(entry);
        // Staged files may be hard links to the previous output's: Pagefind must write new files, never into those.
        Directory.Delete(folder, recursive: true);
        var (code, log) = Run(pagefind, root, staged);
        if (code == 0 && File.Exists(entry))
        {
            return null;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        File.WriteAllBytes(entry, placeholder);
        return new Diagnostic(Severity.Warning, Codes.SearchIndexFailed, SourceLocation.File(output),
            $"Pagefind could not index the site (exit code {code}): {Last(log)}",
            $"the site is built without search; run {pagefind} --site {output} to see the whole message");
    }

    public static Diagnostic Dropped(string output) =>
        new(Severity.Warning, Codes.SearchIndexDropped, SourceLocation.File(output),
            "the previous output had a search index; this build has none, because Pagefind is not installed here",
            "run `npm ci` once in the root: every build then indexes the site (or run `npx pagefind` after building)");

    private static (int Code, string Log) Run(string pagefind, string root, string site)
    {
        // From the root, so that Pagefind reads its settings (pagefind.yml); --site points it at the staged build.
        var info = new ProcessStartInfo(pagefind) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--site", site, "--quiet" })
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, error.Result + output.Result);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return (-1, e.Message);
        }
    }

    private static string Last(string log) =>
        log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "it printed nothing";
}
