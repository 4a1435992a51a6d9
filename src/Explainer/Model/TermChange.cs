namespace Explainer.Model;

public enum TermChange
{
    Added,
    Removed,
    Changed,
    Unchanged,
}

public static class TermChanges
{
    public static readonly IReadOnlyList<string> Names = ["added", "removed", "changed", "unchanged"];

    public static string Name(this TermChange change) => change switch
    {
        TermChange.Added => "added",
        TermChange.Removed => "removed",
        TermChange.Changed => "changed",
        _ => "unchanged",
    };

    public static TermChange? Parse(string text) => text switch
    {
        "added" => TermChange.Added,
        "removed" => TermChange.Removed,
        "changed" => TermChange.Changed,
        "unchanged" => TermChange.Unchanged,
        _ => null,
    };

    /// <summary>No before: added; no after: removed; equal: unchanged; else changed.</summary>
    public static TermChange Derive(string? before, string? after) =>
        before is null ? TermChange.Added
        : after is null ? TermChange.Removed
        : string.Equals(before, after, StringComparison.Ordinal) ? TermChange.Unchanged
        : TermChange.Changed;

    /// <summary>Why a stated change cannot describe this before/after, or null when it can.
    /// A removed term may still say what replaced it ("No revenue is shared"), an added one what came before.</summary>
    public static string? Contradiction(TermChange stated, string? before, string? after) => stated switch
    {
        TermChange.Added when after is null => "'added' but has no 'after'",
        TermChange.Removed when before is null => "'removed' but has no 'before'",
        TermChange.Unchanged or TermChange.Changed when before is null || after is null =>
            $"'{stated.Name()}' but has no '{(before is null ? "before" : "after")}'",
        TermChange.Unchanged when !string.Equals(before, after, StringComparison.Ordinal) => "'unchanged' but 'before' and 'after' differ",
        TermChange.Changed or TermChange.Added or TermChange.Removed when string.Equals(before, after, StringComparison.Ordinal) =>
            $"'{stated.Name()}' but 'before' and 'after' are the same text",
        _ => null,
    };
}
