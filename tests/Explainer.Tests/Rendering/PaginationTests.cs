using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Explainer.Diagnostics;
using Explainer.Output;
using Explainer.Rendering;

namespace Explainer.Tests.Rendering;

/// <summary>Lists that grow with the site are split over pages or bounded, so no page grows without limit; a page
/// over the limit anyway is a warning (EX0740) naming it.</summary>
public sealed class PaginationTests
{
    private const int ArticleCount = 250;
    private const int DealCount = 150;
    private const int CompanyCount = 120;

    /// <summary>250 articles naming one company, deal, tag and source; 150 deals of one lab; 120 more companies.</summary>
    private static readonly Lazy<BuildResult> Large = new(() => TestSite.Build(LargeSite()));

    private static Dictionary<string, string> LargeSite()
    {
        var files = TestSite.Minimal();
        var start = new DateOnly(2027, 1, 1);
        for (var i = 0; i < ArticleCount; i++)
        {
            files[$"input/articles/a-{i:000}.md"] = TestSite.Article(
                $"title: Article {i}\nsummary: Number {i}.\ndate: {start.AddDays(i):yyyy-MM-dd}\ncompanies: [openai]\ndeals: [reset]\ntags: [cloud]\nsources: [report]\n");
        }

        for (var i = 0; i < DealCount; i++)
        {
            files[$"input/data/deals/d-{i:000}.yml"] =
                $"title: Deal {i}\nparties: [microsoft, openai]\nsummary: S.\nannounced: {start.AddDays(7 * i):yyyy-MM-dd}\nsources: [report]\n";
        }

        for (var i = 0; i < CompanyCount; i++)
        {
            files[$"input/data/companies/c-{i:000}.yml"] = $"name: Company {i}\nroles: [investor]\nsummary: S.\n";
        }

        files[TestSite.ArticlePath] = TestSite.Article(TestSite.HelloFrontMatter, "::: timeline\n:::\n");
        return files;
    }

    private static IHtmlDocument Html(string path) => TestSite.Html(Large.Value, path);

    /// <summary>The pagination's links by their text ("Next page" -> URL).</summary>
    private static Dictionary<string, string> Navigation(string path)
    {
        var nav = Html(path).QuerySelector("main nav[aria-label]");
        Assert.NotNull(nav);
        return nav.QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a.GetAttribute("href")!);
    }

    [Theory]
    [InlineData("/articles/", ArticleCount + 1)]
    [InlineData("/tags/cloud/", ArticleCount)]
    [InlineData("/deals/", DealCount + 1)]
    [InlineData("/companies/", CompanyCount + 2)]
    [InlineData("/timeline/", DealCount + 1)]
    [InlineData("/companies/openai/articles/", ArticleCount)]
    [InlineData("/deals/reset/articles/", ArticleCount)]
    [InlineData("/companies/openai/deals/", DealCount + 1)]
    public void A_long_list_is_split_over_pages_of_100_with_page_one_at_the_lists_own_url(string url, int items)
    {
        var pages = (items + Pagination.PageSize - 1) / Pagination.PageSize;
        var written = Large.Value.Files.Select(f => f.Path).Where(p => p.StartsWith(url.TrimStart('/') + "page/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        Assert.Equal(Enumerable.Range(2, pages - 1).Select(n => $"{url.TrimStart('/')}page/{n}/index.html"), written);
        var first = Navigation(url.TrimStart('/') + "index.html");
        Assert.Equal(new Dictionary<string, string> { ["Next page"] = $"{url}page/2/", ["Last page"] = $"{url}page/{pages}/" }, first);
        var second = Navigation($"{url.TrimStart('/')}page/2/index.html");
        Assert.Equal(url, second["First page"]);
        Assert.Equal(url, second["Previous page"]);
        var last = Navigation($"{url.TrimStart('/')}page/{pages}/index.html");
        Assert.Equal(Pagination.PageUrl(url, pages - 1), last["Previous page"]);
        Assert.False(last.ContainsKey("Next page"));
        Assert.Contains($"Page 2 of {pages}", TestSite.MainText(Large.Value, $"{url.TrimStart('/')}page/2/index.html"), StringComparison.Ordinal);
        Assert.EndsWith($", page 2 of {pages} · Test site", Html($"{url.TrimStart('/')}page/2/index.html").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pages_of_the_article_list_hold_every_article_once_newest_first()
    {
        var links = Enumerable.Range(1, 3)
            .SelectMany(n => TestSite.Links(Large.Value, n == 1 ? "articles/index.html" : $"articles/page/{n}/index.html", "/articles/a-"))
            .ToList();

        Assert.Equal(Enumerable.Range(0, ArticleCount).Reverse().Select(i => $"/articles/a-{i:000}/"), links);
    }

    [Fact]
    public void Timeline_pages_continue_the_numbering_and_draw_only_their_own_deals()
    {
        var second = Html("timeline/page/2/index.html");

        var entries = second.QuerySelectorAll("ol.timeline-entries > li");
        Assert.Equal("101", entries[0].GetAttribute("value"));
        Assert.Equal(DealCount - Pagination.PageSize, entries.Length);
        Assert.Equal(entries.Length, second.QuerySelectorAll("svg circle").Length);
        Assert.Empty(second.QuerySelectorAll("script, [style]"));
    }

    [Fact]
    public void A_timeline_block_on_a_site_with_many_deals_draws_the_last_timeline_page_and_links_to_it()
    {
        var block = Html("articles/hello/index.html").QuerySelector("figure.block-timeline")!;

        Assert.Equal(DealCount - Pagination.PageSize, block.QuerySelectorAll("ol > li").Length);
        Assert.Equal("101", block.QuerySelector("ol > li")!.GetAttribute("value"));
        Assert.Equal("/timeline/page/2/", block.QuerySelector("figcaption a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("companies/openai/index.html", "/companies/openai/articles/")]
    [InlineData("deals/reset/index.html", "/deals/reset/articles/")]
    public void A_records_page_shows_the_newest_50_articles_and_links_to_the_full_list(string path, string fullList)
    {
        Assert.Equal(Enumerable.Range(0, Pagination.Preview).Select(i => $"/articles/a-{ArticleCount - 1 - i:000}/"), TestSite.Links(Large.Value, path, "/articles/a-"));
        Assert.Contains(fullList, TestSite.Links(Large.Value, path, fullList));
    }

    [Fact]
    public void A_companys_page_shows_its_newest_50_deals_and_links_to_all_of_them()
    {
        Assert.Equal(Enumerable.Range(0, Pagination.Preview).Select(i => $"/deals/d-{DealCount - 1 - i:000}/"), TestSite.Links(Large.Value, "companies/openai/index.html", "/deals/d-"));
        Assert.Contains("/companies/openai/deals/", TestSite.Links(Large.Value, "companies/openai/index.html", "/companies/openai/deals/"));
    }

    [Fact]
    public void A_sources_page_shows_50_citations_and_the_full_list_has_every_one_over_pages()
    {
        var page = Html("sources/report/index.html");
        var cited = new List<string>();
        for (var n = 1; Large.Value.Files.Any(f => f.Path == CitedByPage(n)); n++)
        {
            cited.AddRange(Html(CitedByPage(n)).QuerySelectorAll("main ul:not(nav ul) a").Select(a => a.GetAttribute("href")!));
        }

        Assert.Equal(Pagination.Preview, page.QuerySelectorAll("section[aria-labelledby='cited-by'] li").Length);
        Assert.Contains("/sources/report/cited-by/", TestSite.Links(Large.Value, "sources/report/index.html", "/sources/report/cited-by/"));
        Assert.Equal(ArticleCount + 1 + DealCount + 1 + 1, cited.Count);
        Assert.Equal(cited.Count, cited.Distinct().Count());
        static string CitedByPage(int n) => n == 1 ? "sources/report/cited-by/index.html" : $"sources/report/cited-by/page/{n}/index.html";
    }

    [Fact]
    public void Every_page_of_the_large_site_is_under_the_limit_and_every_link_resolves()
    {
        Expect.Success(Large.Value);

        Assert.All(Large.Value.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)),
            f => Assert.True(f.Bytes.Length <= PageRenderer.PageSizeLimit, $"{f.Path} is {f.Bytes.Length} bytes"));
        Assert.DoesNotContain(Large.Value.Diagnostics, d => d.Code == Codes.PageTooLarge);
        Assert.Empty(LinkChecker.Check(Large.Value.Files));
    }

    [Fact]
    public void Feeds_hold_the_newest_50_entries()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var articles = XDocument.Parse(TestSite.Page(Large.Value, "feed.xml")).Root!.Elements(atom + "entry").ToList();
        var deals = XDocument.Parse(TestSite.Page(Large.Value, "deals/feed.xml")).Root!.Elements(atom + "entry").ToList();

        Assert.Equal(Feeds.FeedSize, articles.Count);
        Assert.Equal($"Article {ArticleCount - 1}", articles[0].Element(atom + "title")!.Value);
        Assert.Equal(Feeds.FeedSize, deals.Count);
        Assert.Equal($"Deal {DealCount - 1}", deals[0].Element(atom + "title")!.Value);
    }

    [Fact]
    public void A_small_site_keeps_its_lists_on_one_page_without_navigation()
    {
        var result = TestSite.Build(TestSite.Minimal());

        Expect.Success(result);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("/page/", StringComparison.Ordinal) || f.Path.Contains("cited-by", StringComparison.Ordinal));
        Assert.Null(TestSite.Html(result, "articles/index.html").QuerySelector("main nav"));
        Assert.Equal("Articles · Test site", TestSite.Html(result, "articles/index.html").Title);
    }

    [Fact]
    public void A_sitemap_of_more_than_50000_urls_becomes_an_index_of_sitemaps()
    {
        XNamespace sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var pages = Enumerable.Range(0, Feeds.SitemapSize + 10).Select(i => ($"/articles/a-{i:000000}/", (string?)null));

        var files = Feeds.Sitemaps("https://test.example/", pages);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"], files.Select(f => f.Path));
        var index = XDocument.Parse(files[0].Xml).Root!;
        Assert.Equal(sitemaps + "sitemapindex", index.Name);
        Assert.Equal(["https://test.example/sitemap-1.xml", "https://test.example/sitemap-2.xml"], index.Elements(sitemaps + "sitemap").Select(s => s.Element(sitemaps + "loc")!.Value));
        Assert.Equal(Feeds.SitemapSize, XDocument.Parse(files[1].Xml).Root!.Elements(sitemaps + "url").Count());
        Assert.Equal(["https://test.example/articles/a-050000/", "https://test.example/articles/a-050009/"],
            XDocument.Parse(files[2].Xml).Root!.Elements(sitemaps + "url").Select(u => u.Element(sitemaps + "loc")!.Value).Where((_, i) => i is 0 or 9));
    }

    [Fact]
    public void A_page_over_the_size_limit_is_a_warning_naming_its_url_and_file()
    {
        var paragraph = new string('x', 999) + "\n\n";
        var body = string.Concat(Enumerable.Repeat(paragraph, PageRenderer.PageSizeLimit / paragraph.Length + 10));

        var result = TestSite.Build(TestSite.WithBody(body));

        Expect.Success(result);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == Codes.PageTooLarge);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(TestSite.ArticlePath, warning.Location.Path);
        Assert.Matches(@"^the page /articles/hello/ is 1,0\d\d,\d\d\d bytes of HTML, over the limit of 1,000,000 bytes$", warning.Message);
        Assert.StartsWith("shorten the article", warning.Hint, StringComparison.Ordinal);
        Assert.True(TestSite.File(result, "articles/hello/index.html").Bytes.Length > PageRenderer.PageSizeLimit);
        Assert.DoesNotContain(TestSite.Build(TestSite.Minimal()).Diagnostics, d => d.Code == Codes.PageTooLarge);
    }
}
