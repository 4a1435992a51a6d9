using Explainer.Model;
using Explainer.Sources;

namespace Explainer.Data;

/// <summary>Every record read from the input, before cross-references are checked.</summary>
public sealed record SiteContent
{
    public required SiteConfig Config { get; init; }
    public required IReadOnlyList<Article> Articles { get; init; }
    public required IReadOnlyList<Company> Companies { get; init; }
    public required IReadOnlyList<Cloud> Clouds { get; init; }
    public required IReadOnlyList<Deal> Deals { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Files of <c>input/assets/</c>, copied as they are.</summary>
    public required IReadOnlyList<InputFile> Assets { get; init; }
}
