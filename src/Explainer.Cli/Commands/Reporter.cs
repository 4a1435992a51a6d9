using Explainer.Diagnostics;

namespace Explainer.Cli.Commands;

/// <summary>Prints diagnostics to standard error in MSBuild's format, errors in red on a terminal.</summary>
internal static class Reporter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics)
    {
        var color = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        foreach (var diagnostic in diagnostics)
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
    }

    public static void Summary(string verb, int pages, int files, int errors, int warnings, long milliseconds) =>
        Console.WriteLine($"{verb}: {pages} pages, {files} files, {warnings} warning{(warnings == 1 ? "" : "s")}, {errors} error{(errors == 1 ? "" : "s")} in {milliseconds} ms");
}
