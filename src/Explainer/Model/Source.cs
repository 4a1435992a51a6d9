using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary><c>seeds/&lt;id&gt;.yml</c>: one source document and what it reports.</summary>
public sealed record Source
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Publisher { get; init; }
    public DateOnly? Published { get; init; }
    public string? Url { get; init; }
    public required IReadOnlyList<string> Reports { get; init; }
    public required SourceLocation Location { get; init; }

    public string PageUrl => $"/sources/{Id}/";
}
