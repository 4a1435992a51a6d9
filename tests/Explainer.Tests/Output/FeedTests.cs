using System.Xml.Linq;

namespace Explainer.Tests.Output;

public sealed class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static BuildResult ThreeArticles()
    {
        var files = TestSite.Minimal();
        files["input/articles/older.md"] = TestSite.Article("title: Older\nsummary: Old news.\ndate: 2025-01-01\nupdated: 2026-12-24\n");
        files["input/articles/newer.md"] = TestSite.Article("title: Newer\nsummary: New news.\ndate: 2027-01-01\ntags: [money, cloud]\n");
        return TestSite.Build(files);
    }

    [Fact]
    public void Feed_is_valid_atom_with_entries_newest_first()
    {
        var feed = XDocument.Parse(TestSite.Page(ThreeArticles(), "feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("Test site", feed.Element(Atom + "title")!.Value);
        Assert.Equal("https://test.example/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Newer", "Hello", "Older"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("https://test.example/articles/newer/", entries[0].Element(Atom + "id")!.Value);
        Assert.Equal("https://test.example/articles/newer/", entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(["money", "cloud"], entries[0].Elements(Atom + "category").Select(c => c.Attribute("term")!.Value));
        Assert.Equal("2026-12-24T00:00:00Z", entries[2].Element(Atom + "updated")!.Value);
        Assert.Equal("2025-01-01T00:00:00Z", entries[2].Element(Atom + "published")!.Value);
        Assert.Equal("2027-01-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.All(entries, e => Assert.NotNull(e.Element(Atom + "summary")));
    }

    [Fact]
    public void Sitemap_lists_every_page_but_404_with_absolute_urls()
    {
        var result = ThreeArticles();

        var urls = XDocument.Parse(TestSite.Page(result, "sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Path != "404.html")
            .Select(f => "https://test.example/" + (f.Path == "index.html" ? "" : f.Path[..^"index.html".Length]));
        Assert.Equal(pages.Order(StringComparer.Ordinal), urls);
    }

    [Fact]
    public void Sitemap_gives_articles_their_last_change()
    {
        var sitemap = XDocument.Parse(TestSite.Page(ThreeArticles(), "sitemap.xml")).Root!;

        var older = sitemap.Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value.EndsWith("/articles/older/", StringComparison.Ordinal));
        Assert.Equal("2026-12-24", older.Element(Sitemap + "lastmod")!.Value);
    }

    [Fact]
    public void Sitemap_over_two_mebibytes_is_complete()
    {
        // Slugs are short (at most 100 characters), so the length comes from a long base URL in every <loc>.
        var baseUrl = $"https://test.example/{new string('x', 2100)}/";
        var files = TestSite.With("input/site.yml", $"title: Test site\nbase_url: {baseUrl}\n");
        var slugs = Enumerable.Range(0, 1000).Select(i => $"article-{i:D4}").ToList();
        foreach (var slug in slugs)
        {
            files[$"input/articles/{slug}.md"] = TestSite.Article($"title: Article {slug}\nsummary: x\ndate: 2026-01-01\n", "Text.\n");
        }

        var result = TestSite.Build(files);

        Expect.Success(result);
        var sitemap = TestSite.File(result, "sitemap.xml");
        Assert.True(sitemap.Bytes.Length > 2 * 1024 * 1024, $"{sitemap.Bytes.Length} bytes");
        var urls = XDocument.Parse(TestSite.Page(result, "sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToHashSet();
        Assert.All(slugs, slug => Assert.Contains($"{baseUrl}articles/{slug}/", urls));
        var listPages = result.Files.Select(f => f.Path).Where(p => p == "articles/index.html" || p.StartsWith("articles/page/", StringComparison.Ordinal)).ToList();
        Assert.Equal(1001, listPages.SelectMany(p => TestSite.Links(result, p, "/articles/")).Count(h => h != "/articles/" && !h.StartsWith("/articles/page/", StringComparison.Ordinal)));
        Assert.All(listPages, p => Assert.EndsWith("</html>\n", TestSite.Page(result, p)));
    }

    [Fact]
    public void Robots_allows_everything_and_points_at_the_sitemap()
    {
        var result = TestSite.Build(TestSite.Minimal());

        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://test.example/sitemap.xml\n", TestSite.Page(result, "robots.txt"));
    }
}
