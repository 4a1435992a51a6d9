using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary><c>input/data/deals/&lt;slug&gt;.yml</c>.</summary>
public sealed record Deal
{
    /// <summary>What kind of tie a deal makes, so readers and the matrix can tell deals apart.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["investment", "compute", "partnership", "restructuring"];

    public required string Slug { get; init; }
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public required IReadOnlyList<Ref> Parties { get; init; }
    public DateOnly? Announced { get; init; }

    /// <summary>The sources give only the month (<c>announced: 2025-11</c>); <see cref="Announced"/> is its first day.</summary>
    public bool AnnouncedMonthOnly { get; init; }

    /// <summary>The claims that state <see cref="Announced"/>.</summary>
    public IReadOnlyList<Cite> AnnouncedSources { get; init; } = [];
    public DateOnly? Updated { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<Ref> Sources { get; init; }
    public IReadOnlyList<Figure> Figures { get; init; } = [];
    public required IReadOnlyList<Term> Terms { get; init; }
    public required IReadOnlyList<AccessChange> Access { get; init; }
    public required SourceLocation Location { get; init; }

    public string Url => $"/deals/{Slug}/";
}

/// <summary>One row of a deal's before-and-after comparison.</summary>
public sealed record Term
{
    public required string Id { get; init; }
    public required string Label { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    public required TermChange Change { get; init; }
    public required IReadOnlyList<Cite> Sources { get; init; }
    public required SourceLocation Location { get; init; }
}

/// <summary>A deal's effect on one cell of the multi-cloud matrix.</summary>
public sealed record AccessChange
{
    public required Ref Lab { get; init; }
    public required Ref Cloud { get; init; }
    public required AccessLevel Before { get; init; }
    public required AccessLevel After { get; init; }
    public required IReadOnlyList<Cite> Sources { get; init; }
    public required SourceLocation Location { get; init; }
}
