using System.Xml.Linq;

namespace Explainer.Tests.Rendering;

/// <summary>Every value a template writes is escaped; only the rendered Markdown passes as HTML.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "<img src=x onerror=alert(1)> & \"co\"";

    private static BuildResult HostileSite()
    {
        var files = TestSite.WithArticle($"title: '{Hostile}'\nsummary: '<script>alert(2)</script>'\ndate: 2026-11-20\ncompanies: [openai]\ndeals: [reset]\ntags: [cloud]\n");
        files["input/data/companies/openai.yml"] = "name: '<svg onload=alert(3)>'\nroles: [lab]\nsummary: A lab.\n";
        files["input/data/deals/reset.yml"] = files["input/data/deals/reset.yml"].Replace("label: Revenue sharing", "label: '<iframe src=javascript:alert(4)>'");
        return TestSite.Build(files);
    }

    [Fact]
    public void Hostile_title_is_escaped_in_the_title_tag_heading_and_cards()
    {
        var result = HostileSite();

        Expect.Success(result);
        var article = TestSite.Html(result, "articles/hello/index.html");
        Assert.StartsWith(Hostile + " · ", article.Title);
        Assert.Equal(Hostile, article.QuerySelector("main h1")!.TextContent);
        foreach (var list in new[] { "index.html", "articles/index.html", "tags/cloud/index.html" })
        {
            var links = TestSite.Html(result, list).QuerySelectorAll("main a[href='/articles/hello/']");
            Assert.Contains(links, a => a.TextContent.Trim() == Hostile);
        }
    }

    [Fact]
    public void No_page_gets_an_element_or_handler_from_content()
    {
        var result = HostileSite();

        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = TestSite.Html(result, file.Path);
            Assert.Empty(page.QuerySelectorAll("iframe, img[src='x'], [onerror], [onload]"));
            foreach (var script in page.QuerySelectorAll("script"))
            {
                // Only the theme's own scripts: a file, or JSON data whose text stays one JSON value.
                if (script.GetAttribute("src") is null)
                {
                    Assert.Equal("application/ld+json", script.GetAttribute("type"));
                    using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
                }
            }
        }
    }

    [Fact]
    public void Hostile_title_is_escaped_in_the_feed()
    {
        var result = HostileSite();

        var feed = XDocument.Parse(TestSite.Page(result, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Element(atom + "entry")!;
        Assert.Equal(Hostile, entry.Element(atom + "title")!.Value);
        Assert.Equal("<script>alert(2)</script>", entry.Element(atom + "summary")!.Value);
    }

    [Fact]
    public void Hostile_title_stays_inside_the_json_ld_string()
    {
        var result = HostileSite();

        var script = TestSite.Html(result, "articles/hello/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
        Assert.Equal(Hostile, json.RootElement.GetProperty("headline").GetString());
        Assert.DoesNotContain("</", script.InnerHtml);
    }

    [Fact]
    public void Meta_description_is_escaped_inside_its_attribute()
    {
        var result = HostileSite();

        var meta = TestSite.Html(result, "articles/hello/index.html").QuerySelector("meta[name='description']")!;
        Assert.Equal("<script>alert(2)</script>", meta.GetAttribute("content"));
    }
}
