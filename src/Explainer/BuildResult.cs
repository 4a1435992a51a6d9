using Explainer.Diagnostics;
using Explainer.Output;

namespace Explainer;

/// <summary>What a build produced: the files (empty when any error was found) and every finding.</summary>
public sealed record BuildResult(IReadOnlyList<OutputFile> Files, IReadOnlyList<Diagnostic> Diagnostics, int PageCount)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
