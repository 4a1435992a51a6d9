using System.CommandLine;
using System.Diagnostics;
using Explainer.Output;
using Explainer.Sources;

namespace Explainer.Cli.Commands;

/// <summary><c>explainer build</c> writes the site; <c>explainer check</c> does everything but writing, and checks links.</summary>
internal static class BuildCommand
{
    public static Command Create(bool check)
    {
        var options = new SiteOptions();
        var command = new Command(check ? "check" : "build",
            check ? "Validate the content, render every page in memory and check every internal link and #anchor; writes nothing"
                  : "Build the site into the output folder (the previous output stays intact if the build fails)");
        options.AddTo(command);
        command.SetAction(result => Run(
            result.GetValue(options.Root)!,
            result.GetValue(options.Output),
            result.GetValue(options.Theme),
            new BuildOptions { Drafts = result.GetValue(options.Drafts), BaseUrl = result.GetValue(options.BaseUrl) },
            check));
        return command;
    }

    public static int Run(string root, string? output, string? theme, BuildOptions options, bool check)
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
            Reporter.Print([refusal]);
            return ExitCodes.Usage;
        }

        var input = SiteReader.Read(root, theme, options);
        if (!check)
        {
            return Write(input, output, clock);
        }

        var result = SiteBuilder.Build(input);
        var diagnostics = result.Diagnostics.ToList();
        if (result.Succeeded)
        {
            diagnostics.AddRange(LinkChecker.Check(result.Files, input.Files));
        }

        Reporter.Print(diagnostics);
        var errors = diagnostics.Count(d => d.IsError);
        Reporter.Summary("check", result.PageCount, result.Files.Count, errors, diagnostics.Count - errors, clock.ElapsedMilliseconds);
        return errors == 0 ? ExitCodes.Success : ExitCodes.Content;
    }

    /// <summary>Pages go to the staging folder as they render, so a large site is never held in memory whole;
    /// the staging folder replaces the output only when the whole build succeeded. The result is printed before the
    /// previous output is removed (when <c>staged</c> is disposed), so its removal is not counted in the build's time.</summary>
    private static int Write(SiteInput input, string output, Stopwatch clock)
    {
        try
        {
            using var staged = OutputWriter.Begin(output, () => Console.Error.WriteLine($"waiting for another build into '{output}' to finish"));
            var result = SiteBuilder.Build(input, null, staged.Write);
            if (result.Succeeded)
            {
                staged.Commit();
            }

            Reporter.Print(result.Diagnostics);
            Reporter.Summary("build", result.PageCount, result.Succeeded ? staged.Count : 0, result.ErrorCount, result.WarningCount, clock.ElapsedMilliseconds);
            return result.Succeeded ? ExitCodes.Success : ExitCodes.Content;
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            var cause = e is AggregateException all ? all.Flatten().InnerExceptions.First(IsWriteFailure) : e;
            Console.Error.WriteLine($"{output}: error EX0503: the output could not be written: {cause.Message}");
            return ExitCodes.Content;
        }
    }

    private static bool IsWriteFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException
        || (e is AggregateException all && all.Flatten().InnerExceptions.Any(IsWriteFailure));
}
