namespace Explainer.Rendering;

/// <summary>Every kind of page, defined once: its layout (<c>theme/layouts/&lt;name&gt;.html</c>, and
/// <c>page.kind</c> in templates), the URL and title of a kind that has one page, the list page above a record's page
/// (its breadcrumb), how search labels it (null: search does not index it) and whether search engines may index it
/// (the sitemap, the canonical URL and <c>robots</c>). <see cref="PagePlanner"/> makes the pages.</summary>
public sealed record PageKind(string Name, string? Url = null, string? Title = null)
{
    public static readonly PageKind Home = new("home", "/");
    public static readonly PageKind Articles = new("articles", "/articles/", "Articles");
    public static readonly PageKind Article = new("article") { Parent = Articles, SearchLabel = "Article" };
    public static readonly PageKind Companies = new("companies", "/companies/", "Companies");
    public static readonly PageKind Company = new("company") { Parent = Companies, SearchLabel = "Company" };
    public static readonly PageKind Deals = new("deals", "/deals/", "Deals");
    public static readonly PageKind Deal = new("deal") { Parent = Deals, SearchLabel = "Deal" };
    public static readonly PageKind Matrix = new("matrix", "/matrix/", "Multi-cloud matrix") { SearchLabel = "Matrix" };
    public static readonly PageKind MatrixAsOf = new("matrix-as-of");
    public static readonly PageKind Timeline = new("timeline", "/timeline/", "Timeline");
    public static readonly PageKind Sources = new("sources", "/sources/", "Sources");
    public static readonly PageKind Source = new("source") { Parent = Sources, SearchLabel = "Source" };
    public static readonly PageKind Citations = new("citations") { Parent = Sources };
    public static readonly PageKind Tags = new("tags", "/tags/", "Tags");
    public static readonly PageKind Tag = new("tag") { Parent = Tags };
    public static readonly PageKind Search = new("search", "/search/", "Search");
    public static readonly PageKind NotFound = new("404", "/404.html", "Page not found") { Indexed = false };

    public static readonly IReadOnlyList<PageKind> All =
        [Home, Articles, Article, Companies, Company, Deals, Deal, Matrix, MatrixAsOf, Timeline, Sources, Source, Citations, Tags, Tag, Search, NotFound];

    /// <summary>The list page a page of this kind sits under, for its breadcrumb.</summary>
    public PageKind? Parent { get; init; }

    /// <summary>What a search result of this kind says it is (<c>Deal</c>); null for pages search leaves out.</summary>
    public string? SearchLabel { get; init; }

    /// <summary>False for the 404 page: not in the sitemap, no canonical URL, <c>noindex</c>.</summary>
    public bool Indexed { get; init; } = true;

    public string Layout => Name;
}
