namespace Explainer.Sources;

/// <summary>Everything a build reads, held in memory: the disk reader fills it, tests write it inline.</summary>
public sealed record SiteInput(IReadOnlyList<InputFile> Files, BuildOptions Options)
{
    /// <summary>Findings of the reader itself (unreadable files, skipped links).</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> ReadDiagnostics { get; init; } = [];

    public static SiteInput FromTexts(IEnumerable<KeyValuePair<string, string>> files, BuildOptions? options = null) =>
        new(files.Select(f => new InputFile(f.Key, System.Text.Encoding.UTF8.GetBytes(f.Value))).ToList(), options ?? new BuildOptions());
}
