using System.Xml.Linq;

namespace Explainer.Tests.Output;

/// <summary>Deals have their own Atom feed, pages say when their record was updated, and the sitemap gives every
/// page that has a date its <c>lastmod</c>.</summary>
public sealed class FreshnessTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The minimal site (its deal <c>reset</c> undated) with a deal dated to a whole day and later updated,
    /// one dated to its month, an updated company and source, and a second tagged article.</summary>
    private static BuildResult DatedSite()
    {
        var files = TestSite.Minimal();
        files["input/data/deals/daily.yml"] = "title: A dated deal\nkind: compute\nparties: [microsoft, openai]\nannounced: 2026-03-04\nupdated: 2026-06-01\n"
            + "summary: Dated to the day.\nsources: [report]\nterms: []\naccess: []\n";
        files["input/data/deals/monthly.yml"] = "title: A monthly deal\nparties: [microsoft, openai]\nannounced: 2025-11\n"
            + "summary: Dated to the month.\nsources: [report]\nterms: []\naccess: []\n";
        files["input/data/companies/openai.yml"] = "name: OpenAI\nroles: [lab]\nsummary: A lab.\nsources: [report]\nupdated: 2026-11-29\n";
        files["seeds/report.yml"] = "title: A report\npublisher: Example News\npublished: 2026-01-02\nupdated: 2026-11-28\nreports:\n  - Something happened.\n";
        files["input/articles/older.md"] = TestSite.Article("title: Older\nsummary: Old news.\ndate: 2025-01-01\ntags: [cloud]\n");
        var result = TestSite.Build(files);
        Expect.Success(result);
        return result;
    }

    [Fact]
    public void Deals_have_their_own_atom_feed_newest_first()
    {
        var result = DatedSite();
        var feed = XDocument.Parse(TestSite.Page(result, "deals/feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://test.example/deals/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["A dated deal", "A monthly deal", "The reset"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("https://test.example/deals/daily/", entries[0].Element(Atom + "id")!.Value);
        Assert.Equal("2026-03-04T00:00:00Z", entries[0].Element(Atom + "published")!.Value);
        Assert.Equal("2026-06-01T00:00:00Z", entries[0].Element(Atom + "updated")!.Value);
        Assert.Equal("compute", entries[0].Element(Atom + "category")!.Attribute("term")!.Value);
        Assert.Null(entries[1].Element(Atom + "published"));
        Assert.Equal("2025-11-01T00:00:00Z", entries[1].Element(Atom + "updated")!.Value);
        Assert.Equal("2026-06-01T00:00:00Z", entries[2].Element(Atom + "updated")!.Value);
        Assert.Equal("2026-06-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        Assert.All(entries, e => Assert.NotNull(e.Element(Atom + "summary")));
        Assert.NotNull(TestSite.Html(result, "index.html").QuerySelector("link[rel=alternate][href='/deals/feed.xml']"));
    }

    [Fact]
    public void Sitemap_gives_every_page_with_a_date_its_lastmod()
    {
        var sitemap = XDocument.Parse(TestSite.Page(DatedSite(), "sitemap.xml")).Root!;
        var lastmod = sitemap.Elements(Sitemap + "url").ToDictionary(
            u => u.Element(Sitemap + "loc")!.Value["https://test.example".Length..], u => u.Element(Sitemap + "lastmod")?.Value);

        Assert.Equal("2026-11-20", lastmod["/articles/hello/"]);
        Assert.Equal("2026-06-01", lastmod["/deals/daily/"]);
        Assert.Equal("2025-11", lastmod["/deals/monthly/"]);
        Assert.Null(lastmod["/deals/reset/"]);
        Assert.Equal("2026-11-29", lastmod["/companies/openai/"]);
        Assert.Null(lastmod["/companies/microsoft/"]);
        Assert.Equal("2026-11-28", lastmod["/sources/report/"]);
        Assert.Equal("2026-11-20", lastmod["/tags/cloud/"]);
        Assert.Equal("2026-11-20", lastmod["/articles/"]);
        Assert.Equal("2026-06-01", lastmod["/deals/"]);
        Assert.Equal("2026-11-29", lastmod["/companies/"]);
        Assert.Equal("2026-11-28", lastmod["/sources/"]);
        Assert.Equal("2026-11-20", lastmod["/"]);
        Assert.Null(lastmod["/search/"]);
    }

    [Theory]
    [InlineData("deals/daily/index.html", "2026-06-01")]
    [InlineData("companies/openai/index.html", "2026-11-29")]
    [InlineData("sources/report/index.html", "2026-11-28")]
    public void Deal_company_and_source_pages_say_when_their_record_was_updated(string page, string updated)
    {
        var html = TestSite.Html(DatedSite(), page);

        var time = html.QuerySelectorAll("main time").SingleOrDefault(t => t.GetAttribute("datetime") == updated);
        Assert.True(time is not null, $"{page} does not show the update of {updated}");
        Assert.Contains("updated", (time.ParentElement!.ParentElement!.TextContent + time.ParentElement.TextContent).ToLowerInvariant());
    }
}
