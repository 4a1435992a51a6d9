using System.CommandLine;
using System.Diagnostics;
using Explainer.Data;
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
        command.SetAction(result => options.ToBuildOptions(result) is { } buildOptions
            ? Run(result.GetValue(options.Root)!, result.GetValue(options.Output), result.GetValue(options.Theme), buildOptions, check,
                DiagnosticFormats.Choose(result.GetValue(format)), result.GetValue(options.Verbose))
            : ExitCodes.Usage);
        return command;
    }

    public static int Run(string root, string? output, string? theme, BuildOptions options, bool check, DiagnosticFormat format = DiagnosticFormat.Text, bool verbose = false)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"error: the root folder '{root}' does not exist");
            return ExitCodes.Usage;
        }

        output ??= Path.Combine(root, "output");
        if (!check && OutputWriter.Refusal(output, root, theme) is { } refusal)
        {
            DiagnosticFormats.Print([refusal], format, root);
            return ExitCodes.Usage;
        }

        var input = SiteReader.Read(root, theme, options);
        if (!check)
        {
            return Write(input, output, clock, format, root, verbose);
        }

        var result = SiteBuilder.Build(input);
        var diagnostics = result.Diagnostics.ToList();
        if (result.Succeeded)
        {
            diagnostics.AddRange(LinkChecker.Check(result.Files, input.Files));
        }

        DiagnosticFormats.Print(diagnostics, format, root, verbose);
        var errors = diagnostics.Count(d => d.IsError);
        Reporter.Summary("check", result.PageCount, result.Files.Count, errors, diagnostics.Count - errors, clock.ElapsedMilliseconds, SummaryTo(format));
        return errors == 0 ? ExitCodes.Success : ExitCodes.Content;
    }

    /// <summary>Pages go to the staging folder as they render, so a large site is never held in memory whole;
    /// the staging folder replaces the output only when the whole build succeeded. The result is printed before the
    /// previous output is removed (when <c>staged</c> is disposed), so its removal is not counted in the build's time.</summary>
    private static int Write(SiteInput input, string output, Stopwatch clock, DiagnosticFormat format, string root, bool verbose)
    {
        var hadIndex = SearchIndex.Exists(output);
        try
        {
            using var staged = OutputWriter.Begin(output, () => Console.Error.WriteLine($"waiting for another build into '{output}' to finish"));
            var result = SiteBuilder.Build(input, staged.Write);
            var diagnostics = result.Diagnostics.ToList();
            if (result.Succeeded)
            {
                // The index's warnings follow --nowarn, ignore_warnings and --warnaserror like the build's own.
                var search = new DiagnosticBag();
                search.Apply(input.Options.NoWarn.Concat(ContentReader.ReadConfig(input, new DiagnosticBag()).IgnoreWarnings), input.Options.WarningsAsErrors);
                if (SearchIndex.Pagefind(root) is { } pagefind)
                {
                    search.AddRange(SearchIndex.Index(pagefind, root, staged.Folder, output) is { } failed ? [failed] : []);
                }
                else if (hadIndex)
                {
                    search.Add(SearchIndex.Dropped(output));
                }

                diagnostics.AddRange(search.ToSortedList());
                if (!search.HasErrors)
                {
                    staged.Commit();
                }
            }

            DiagnosticFormats.Print(diagnostics, format, root, verbose);
            var errors = diagnostics.Count(d => d.IsError);
            Reporter.Summary("build", result.PageCount, errors == 0 ? staged.Count : 0, errors, diagnostics.Count - errors, clock.ElapsedMilliseconds, SummaryTo(format));
            return errors == 0 ? ExitCodes.Success : ExitCodes.Content;
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            var cause = e is AggregateException all ? all.Flatten().InnerExceptions.First(IsWriteFailure) : e;
            DiagnosticFormats.Print([new Diagnostic(Severity.Error, Codes.WriteFailed, SourceLocation.File(output), $"the output could not be written: {cause.Message}",
                "check that the folder can be written and the disk has room")], format, root);
            return ExitCodes.Content;
        }
    }

    /// <summary>With JSON, standard output holds the array and nothing else.</summary>
    private static TextWriter SummaryTo(DiagnosticFormat format) => format == DiagnosticFormat.Json ? Console.Error : Console.Out;

    private static bool IsWriteFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException
        || (e is AggregateException all && all.Flatten().InnerExceptions.Any(IsWriteFailure));
}
