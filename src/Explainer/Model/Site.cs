namespace Explainer.Model;

/// <summary>A page that cites a source: what readers see on the source's page.</summary>
public sealed record Citation(string Kind, string Title, string Url);

/// <summary>The whole site, every reference resolved, with the indexes the pages look up
/// (built once, so no page scans all articles).</summary>
public sealed class Site
{
    public required SiteConfig Config { get; init; }

    /// <summary>The build shows drafts (<c>--drafts</c>, a deploy preview, the preview server): search engines must not
    /// index it (robots.txt, a <c>noindex</c> header and meta tag).</summary>
    public bool IncludesDrafts { get; init; }

    /// <summary>Published articles, newest first (then by slug).</summary>
    public required IReadOnlyList<Article> Articles { get; init; }
    /// <summary>The articles with an <c>order</c>, first to last: where a new reader starts.</summary>
    public required IReadOnlyList<Article> ReadingOrder { get; init; }

    /// <summary>The deal the home page leads with: <c>headline</c> in site.yml, else the newest dated deal.</summary>
    public Deal? Headline { get; init; }
    public required IReadOnlyList<Company> Companies { get; init; }
    public required IReadOnlyList<Cloud> Clouds { get; init; }

    /// <summary>Deals, newest first; undated deals last, by slug.</summary>
    public required IReadOnlyList<Deal> Deals { get; init; }
    public required IReadOnlyList<Source> Sources { get; init; }
    public required Matrix Matrix { get; init; }

    public required IReadOnlyDictionary<string, Company> CompanyBySlug { get; init; }
    public required IReadOnlyDictionary<string, Cloud> CloudBySlug { get; init; }
    public required IReadOnlyDictionary<string, Deal> DealBySlug { get; init; }
    public required IReadOnlyDictionary<string, Source> SourceById { get; init; }
    public required IReadOnlyDictionary<string, Article> ArticleBySlug { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByCompany { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByDeal { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ArticlesByTag { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Deal>> DealsByCompany { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Cloud>> CloudsByOperator { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<Citation>> CitationsBySource { get; init; }

    /// <summary>"source#claim" -> the pages that cite that claim.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Citation>> CitationsByClaim { get; init; }

    /// <summary>Every tag of a published article, in ordinal order.</summary>
    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>What the lists above that hold articles were made from, for the next model of the same site.</summary>
    internal ArticleIndex? ArticleIndex { get; init; }

    /// <summary>The findings of the articles' references, for the next model of the same site.</summary>
    internal ArticleChecks? ArticleChecks { get; init; }

    public IReadOnlyList<T> Lookup<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> index, string key) =>
        index.TryGetValue(key, out var list) ? list : [];
}
