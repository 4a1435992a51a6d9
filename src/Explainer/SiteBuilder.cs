using Explainer.Diagnostics;
using Explainer.Output;
using Explainer.Sources;

namespace Explainer;

/// <summary>
/// The pipeline: read and validate everything, then render with the whole site known.
/// <code>SiteInput -> ContentReader -> SiteModel -> PagePlanner -> PageRenderer -> BuildResult</code>
/// Nothing here touches the disk: the CLI writes the files, the preview server serves them, tests assert on them.
/// The stages themselves run in <see cref="BuildSession"/>, the engine a full build shares with the preview server.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(SiteInput input) => Build(input, null);

    /// <summary>With a <paramref name="sink"/>, each file goes to it as soon as it is made (from several threads)
    /// instead of into the result, whose <see cref="BuildResult.Files"/> is then empty: the CLI writes a large site
    /// without holding it in memory. A build with errors may already have handed some files over; the caller discards them.
    /// When <paramref name="cancel"/> fires, the build stops as soon as it can (pages that are rendering stop where they
    /// are) and throws <see cref="OperationCanceledException"/>. The preview server builds again and again with one
    /// <see cref="BuildSession"/>, which gives the same result while redoing only what changed.</summary>
    public static BuildResult Build(SiteInput input, OutputSink? sink, CancellationToken cancel = default) =>
        WithinTimeLimit(input, cancel, token => new BuildSession(keepPages: false).Build(input, null, sink, token));

    /// <summary>Runs <paramref name="build"/> within the build's time limit (EX0505).</summary>
    public static BuildResult WithinTimeLimit(SiteInput input, CancellationToken cancel, Func<CancellationToken, BuildResult> build)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        budget.CancelAfter(input.Options.BuildTimeout);
        try
        {
            return build(budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancel.IsCancellationRequested)
        {
            var limit = input.Options.BuildTimeout;
            return new BuildResult([], [new Diagnostic(Severity.Error, Codes.BuildTimeout, SourceLocation.File("explainer"),
                $"the build took longer than {(limit.TotalMinutes >= 1 ? $"{limit.TotalMinutes:0.#} minutes" : $"{limit.TotalSeconds:0.#} s")} and was stopped",
                "look for a template that is slow on every page, such as a large loop in layouts/base.html")], 0);
        }
    }
}
