using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary><c>input/data/clouds/&lt;slug&gt;.yml</c>.</summary>
public sealed record Cloud
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required Ref Operator { get; init; }
    public required SourceLocation Location { get; init; }
}
