namespace Explainer.BrowserTests;

/// <summary>One kind of page of the site: an example URL path of it and the HTTP status it is served with.</summary>
internal sealed record PageType(string Name, string Path, int Status = 200)
{
    /// <summary>Every kind of page the site has, as test data.</summary>
    public static TheoryData<string> All { get; } = new()
    {
        "home", "article", "articles", "company", "companies", "deal", "deals", "matrix", "timeline", "matrix-as-of",
        "sources", "source", "tags", "tag", "search", "404",
    };
}
