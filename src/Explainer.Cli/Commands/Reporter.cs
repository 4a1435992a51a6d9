using Explainer.Diagnostics;

namespace Explainer.Cli.Commands;

/// <summary>Prints diagnostics to standard error in MSBuild's format, errors in red on a terminal.</summary>
internal static class Reporter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics) => Print(diagnostics.ToList(), verbose: false);

    /// <summary>A file's warnings of one code are printed as one line with their count unless <paramref name="verbose"/>;
    /// when there are many findings, a line by code closes the list.</summary>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, bool verbose)
    {
        var color = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var shown = verbose ? diagnostics : WarningGroups.Collapse(diagnostics);
        foreach (var diagnostic in shown)
        {
            if (color)
            {
                Console.ForegroundColor = diagnostic.IsError ? ConsoleColor.Red : ConsoleColor.Yellow;
            }

            Console.Error.WriteLine(Printable.Of(diagnostic.Format()));
            if (color)
            {
                Console.ResetColor();
            }
        }

        if (shown.Count > 1)
        {
            Console.Error.WriteLine(ByCode(diagnostics));
        }
    }

    /// <summary>"by code: EX0201 14 warnings in 3 files, EX0402 2 errors in 1 file".</summary>
    private static string ByCode(IReadOnlyList<Diagnostic> diagnostics) =>
        "by code: " + string.Join(", ", diagnostics.GroupBy(d => (d.Code, d.IsError)).OrderBy(g => g.Key.Code, StringComparer.Ordinal).Select(g =>
        {
            var files = g.Select(d => d.Location.Path).Distinct(StringComparer.Ordinal).Count();
            var kind = g.Key.IsError ? "error" : "warning";
            return $"{g.Key.Code} {g.Count()} {kind}{(g.Count() == 1 ? "" : "s")} in {files} file{(files == 1 ? "" : "s")}";
        }));

    public static void Summary(string verb, int pages, int files, int errors, int warnings, long milliseconds, TextWriter? to = null) =>
        (to ?? Console.Out).WriteLine($"{verb}: {pages} pages, {files} files, {warnings} warning{(warnings == 1 ? "" : "s")}, {errors} error{(errors == 1 ? "" : "s")} in {milliseconds} ms");
}
