namespace Explainer.Diagnostics;

/// <summary>One finding of a build, printed in MSBuild's format so editors and CI can parse it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>What the finding is about, such as the tag of omitted raw HTML: a file's warnings of one code are
    /// summed up by subject ("div x10, span x4").</summary>
    public string? Subject { get; init; }

    public string Format()
    {
        var severity = IsError ? "error" : "warning";
        var line = $"{Location}: {severity} {Code}: {Message}";
        return Hint is null ? line : $"{line}\n  hint: {Hint}";
    }

    public override string ToString() => Format();
}
