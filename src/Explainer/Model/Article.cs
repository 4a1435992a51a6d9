using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary><c>input/articles/&lt;slug&gt;.md</c>, its Markdown already rendered.</summary>
public sealed record Article
{
    public required string Slug { get; init; }
    /// <summary>The title as plain text; <see cref="TitleHtml"/> keeps its inline Markdown (code spans, emphasis).</summary>
    public required string Title { get; init; }
    public required string TitleHtml { get; init; }
    /// <summary>The summary as plain text; <see cref="SummaryHtml"/> keeps its inline Markdown.</summary>
    public required string Summary { get; init; }
    public required string SummaryHtml { get; init; }
    public required DateOnly Date { get; init; }
    public DateOnly? Updated { get; init; }
    public required IReadOnlyList<Ref> Companies { get; init; }
    public required IReadOnlyList<Ref> Deals { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>Where each of <see cref="Tags"/> is written, in the same order.</summary>
    public IReadOnlyList<SourceLocation> TagLocations { get; init; } = [];
    public required IReadOnlyList<Ref> Sources { get; init; }
    public bool Draft { get; init; }

    /// <summary>The article's place in the site's reading order (1 first); null for articles outside it.</summary>
    public int? Order { get; init; }
    public required RenderedMarkdown Body { get; init; }
    public required SourceLocation Location { get; init; }

    public string Url => $"/articles/{Slug}/";
}
