using Explainer.Content;

namespace Explainer.Model;

public sealed record NavItem(string Title, string Url);

/// <summary><c>input/site.yml</c>.</summary>
public sealed record SiteConfig
{
    public required string Title { get; init; }
    public required string Description { get; init; }

    /// <summary>Absolute, always ending in a slash.</summary>
    public required string BaseUrl { get; init; }
    public required string Language { get; init; }
    public required IReadOnlyList<NavItem> Navigation { get; init; }

    /// <summary>What happens to raw HTML in Markdown: harmless tags are kept unless the site says otherwise.</summary>
    public RawHtml RawHtml { get; init; } = RawHtml.Safe;

    /// <summary>Warning codes the site does not want to hear about (<c>ignore_warnings:</c>).</summary>
    public IReadOnlyList<string> IgnoreWarnings { get; init; } = [];

    /// <summary>The deal the home page leads with; without it, the newest dated deal.</summary>
    public Ref? Headline { get; init; }

    public static SiteConfig Default { get; } = new()
    {
        Title = "Explainer",
        Description = "",
        BaseUrl = "/",
        Language = "en",
        Navigation = [],
    };
}
