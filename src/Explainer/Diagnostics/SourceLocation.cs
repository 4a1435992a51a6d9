namespace Explainer.Diagnostics;

/// <summary>A 1-based position in a file whose path is relative to the site root.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
