using System.Xml.Linq;

namespace Explainer.Tests.Content;

/// <summary>Titles and summaries may use inline Markdown: markup in headings and cards, plain text wherever markup cannot go.</summary>
public sealed class InlineTitleTests
{
    private const string Page = "articles/hello/index.html";

    private static BuildResult Build(string title, string summary = "The first article.") =>
        TestSite.Build(TestSite.WithArticle($"title: '{title}'\nsummary: '{summary}'\ndate: 2026-11-20\ntags: [cloud]\n"));

    [Fact]
    public void Code_and_emphasis_in_a_title_render_as_markup_in_the_heading_and_the_cards()
    {
        var result = Build("`printf` and `wprintf` Functions", "Use *wide* strings with **care**.");

        Expect.Success(result);
        var page = TestSite.Html(result, Page);
        Assert.Equal("<code>printf</code> and <code>wprintf</code> Functions", page.QuerySelector("main h1")!.InnerHtml);
        Assert.Equal("Use <em>wide</em> strings with <strong>care</strong>.", page.QuerySelector("main .lead")!.InnerHtml);
        foreach (var list in new[] { "articles/index.html", "tags/cloud/index.html" })
        {
            var card = TestSite.Html(result, list).QuerySelector("main a[href='/articles/hello/']")!;
            Assert.Equal("<code>printf</code> and <code>wprintf</code> Functions", card.InnerHtml);
        }
    }

    [Fact]
    public void A_title_with_markdown_is_plain_text_in_the_title_tag_meta_tags_breadcrumbs_feed_and_json_ld()
    {
        var result = Build("`printf` and `wprintf` Functions", "Use *wide* strings.");

        var page = TestSite.Html(result, Page);
        Assert.Equal("printf and wprintf Functions · Test site", page.Title);
        Assert.Equal("Use wide strings.", page.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Equal("printf and wprintf Functions", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("Use wide strings.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal("printf and wprintf Functions", page.QuerySelector("meta[name='twitter:title']")!.GetAttribute("content"));
        Assert.Equal("printf and wprintf Functions", page.QuerySelector(".breadcrumbs [aria-current='page']")!.TextContent);
        using var json = System.Text.Json.JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("printf and wprintf Functions", json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("Use wide strings.", json.RootElement.GetProperty("description").GetString());

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(TestSite.Page(result, "feed.xml")).Root!.Element(atom + "entry")!;
        Assert.Equal("printf and wprintf Functions", entry.Element(atom + "title")!.Value);
        Assert.Equal("Use wide strings.", entry.Element(atom + "summary")!.Value);
        Assert.DoesNotContain('`', TestSite.Page(result, Page));
    }

    [Theory]
    [InlineData("[a link](https://example.com/) title", "a link title")]
    [InlineData("[a link](javascript:alert(1)) title", "a link title")]
    [InlineData("![an image](javascript:alert(1)) title", "an image title")]
    [InlineData("<https://example.com/> title", "https://example.com/ title")]
    [InlineData("<b onclick=\"steal()\">bold</b> title", "<b onclick=\"steal()\">bold</b> title")]
    [InlineData("# Not a heading", "# Not a heading")]
    [InlineData("- not a list", "- not a list")]
    [InlineData("AT&amp;T and \\*stars\\*", "AT&T and *stars*")]
    [InlineData("[a]: https://example.com/", "[a]: https://example.com/")]
    public void A_title_never_becomes_a_link_an_image_or_raw_html_and_keeps_its_text(string title, string shown)
    {
        var result = Build(title.Replace("'", "''", StringComparison.Ordinal));

        Expect.Success(result);
        var page = TestSite.Html(result, Page);
        var heading = page.QuerySelector("main h1")!;
        Assert.Equal(shown, heading.TextContent);
        Assert.Empty(heading.QuerySelectorAll("*"));
        Assert.Equal(shown + " · Test site", page.Title);
        Assert.Empty(TestSite.Html(result, "articles/index.html").QuerySelectorAll("main a[href='/articles/hello/'] *"));
    }

    [Theory]
    [InlineData("[a")]
    [InlineData("[a](")]
    [InlineData("![a")]
    public void A_title_of_unclosed_brackets_up_to_the_length_limit_builds_and_shows_its_text(string unit)
    {
        var title = string.Concat(Enumerable.Repeat(unit, 2000 / unit.Length));

        var result = Build(title);

        Expect.Warnings(result);
        Assert.Equal(title, TestSite.Html(result, Page).QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void A_summary_too_long_for_its_markdown_is_shown_as_written_with_a_warning()
    {
        var summary = string.Concat(Enumerable.Repeat("*a", 4_000));

        var result = Build("Hello", summary);

        Expect.Warnings(result,
            "input/articles/hello.md(3,10): warning EX0231: 'summary' is 8000 characters long, so its Markdown is shown as written\n"
            + "  hint: shorten it to at most 2000 characters: a summary is a line or two");
        Assert.Equal(summary, TestSite.Html(result, Page).QuerySelector("main .lead")!.TextContent);
    }
}
