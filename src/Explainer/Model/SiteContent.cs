using Explainer.Sources;

namespace Explainer.Model;

/// <summary>Every record read from the input, before cross-references are checked.</summary>
public sealed record SiteContent
{
    public required SiteConfig Config { get; init; }
    public required IReadOnlyList<Article> Articles { get; init; }
    public required IReadOnlyList<Company> Companies { get; init; }
    public required IReadOnlyList<Cloud> Clouds { get; init; }
    public required IReadOnlyList<Deal> Deals { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }

    /// <summary>Record files that exist but could not be read (already reported), so references to them are not
    /// reported a second time as unknown.</summary>
    public IReadOnlySet<string> Unreadable { get; init; } = new HashSet<string>();

    /// <summary>Files of <c>input/assets/</c>, copied as they are.</summary>
    public required IReadOnlyList<InputFile> Assets { get; init; }
}
