using System.CommandLine;
using System.Diagnostics;
using Explainer.Diagnostics;
using Explainer.Output;
using Explainer.Sources;

namespace Explainer.Cli.Commands;

/// <summary><c>explainer build</c> writes the site; <c>explainer check</c> does everything but writing, and checks links.</summary>
internal static class BuildCommand
{
    public static Command Create(bool check)
    {
        var options = new SiteOptions();
        var format = DiagnosticFormats.Option();
        var command = new Command(check ? "check" : "build",
            check ? "Validate the content, render every page in memory and check every internal link and #anchor; writes nothing"
                  : "Build the site into the output folder (the previous output stays intact if the build fails)");
        options.AddTo(command);
        command.Options.Add(format);
        command.SetAction(result => Run(
            result.GetValue(options.Root)!,
            result.GetValue(options.Output),
            result.GetValue(options.Theme),
            new BuildOptions { Drafts = result.GetValue(options.Drafts), BaseUrl = result.GetValue(options.BaseUrl) },
            check,
            DiagnosticFormats.Choose(result.GetValue(format))));
        return command;
    }

    public static int Run(string root, string? output, string? theme, BuildOptions options, bool check, DiagnosticFormat format = DiagnosticFormat.Text)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"error: the root folder '{root}' does not exist");
            return ExitCodes.Usage;
        }

        output ??= Path.Combine(root, "output");
        if (!check && OutputWriter.Refusal(output, root) is { } reason)
        {
            DiagnosticFormats.Print([OutputWriter.RefusedDiagnostic(output, reason)], format, root);
            return ExitCodes.Usage;
        }

        var input = SiteReader.Read(root, theme, options);
        if (!check)
        {
            return Write(input, output, clock, format, root);
        }

        var result = SiteBuilder.Build(input);
        var diagnostics = result.Diagnostics.ToList();
        if (result.Succeeded)
        {
            diagnostics.AddRange(LinkChecker.Check(result.Files, input.Files));
        }

        DiagnosticFormats.Print(diagnostics, format, root);
        var errors = diagnostics.Count(d => d.IsError);
        Reporter.Summary("check", result.PageCount, result.Files.Count, errors, diagnostics.Count - errors, clock.ElapsedMilliseconds, SummaryTo(format));
        return errors == 0 ? ExitCodes.Success : ExitCodes.Content;
    }

    /// <summary>Pages go to the staging folder as they render, so a large site is never held in memory whole;
    /// the staging folder replaces the output only when the whole build succeeded.</summary>
    private static int Write(SiteInput input, string output, Stopwatch clock, DiagnosticFormat format, string root)
    {
        BuildResult result;
        int files;
        var diagnostics = new List<Diagnostic>();
        var hadIndex = SearchIndex.Exists(output);
        try
        {
            using var staged = OutputWriter.Begin(output);
            result = SiteBuilder.Build(input, null, staged.Write);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Succeeded)
            {
                if (SearchIndex.Pagefind(root) is { } pagefind)
                {
                    diagnostics.AddRange(SearchIndex.Index(pagefind, root, staged.Folder, output) is { } failed ? [failed] : []);
                }
                else if (hadIndex)
                {
                    diagnostics.Add(SearchIndex.Dropped(output));
                }

                staged.Commit();
            }

            files = staged.Count;
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            var cause = e is AggregateException all ? all.Flatten().InnerExceptions.First(IsWriteFailure) : e;
            DiagnosticFormats.Print([new Diagnostic(Severity.Error, Codes.WriteFailed, SourceLocation.File(output), $"the output could not be written: {cause.Message}",
                "check that the folder can be written and the disk has room")], format, root);
            return ExitCodes.Content;
        }

        DiagnosticFormats.Print(diagnostics, format, root);
        var warnings = diagnostics.Count(d => !d.IsError);
        Reporter.Summary("build", result.PageCount, result.Succeeded ? files : 0, result.ErrorCount, warnings, clock.ElapsedMilliseconds, SummaryTo(format));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.Content;
    }

    /// <summary>With JSON, standard output holds the array and nothing else.</summary>
    private static TextWriter SummaryTo(DiagnosticFormat format) => format == DiagnosticFormat.Json ? Console.Error : Console.Out;

    private static bool IsWriteFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException
        || (e is AggregateException all && all.Flatten().InnerExceptions.Any(IsWriteFailure));
}
