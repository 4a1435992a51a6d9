using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Rendering;

/// <summary>What readers (and their assistive technology) get from the shipped theme.</summary>
public sealed class ThemeTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Article_json_ld_is_valid_json_that_cannot_close_its_script_element()
    {
        var files = TestSite.Minimal();
        files["input/articles/hello.md"] = files["input/articles/hello.md"].Replace("title: Hello", "title: \"Ends </script><script>alert(1)</script> <!-- here\"");

        var document = Parse(TestSite.Build(files), "articles/hello/index.html");

        var script = Assert.Single(document.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("</", script.TextContent);
        Assert.DoesNotContain("<!--", script.TextContent);
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal("Article", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Ends </script><script>alert(1)</script> <!-- here", json.RootElement.GetProperty("headline").GetString());
        Assert.Equal("https://test.example/articles/hello/", json.RootElement.GetProperty("url").GetString());
        Assert.Empty(document.QuerySelectorAll("script:not([type])"));
    }

    [Fact]
    public void Deal_rows_show_their_change_as_a_word_and_an_icon_with_a_citation()
    {
        var document = Parse(TestSite.Build(TestSite.Minimal()), "deals/reset/index.html");

        var row = Assert.Single(document.QuerySelectorAll("table.compare tbody tr"));
        Assert.Equal("Revenue sharing", row.QuerySelector("th[scope=row] .term-label")!.TextContent.Trim());
        var badge = row.QuerySelector(".badge")!;
        Assert.Equal("Changed", badge.TextContent.Trim());
        Assert.NotNull(badge.QuerySelector("svg[aria-hidden=true]"));
        Assert.NotNull(row.QuerySelector("a[href='/sources/report/']"));
    }

    [Fact]
    public void Matrix_switch_is_three_labelled_radio_buttons_with_both_checked()
    {
        var document = Parse(TestSite.Build(TestSite.Minimal()), "matrix/index.html");

        var switches = document.QuerySelectorAll("fieldset.view-switch");
        Assert.Single(switches); // one table a page: the deals one by one are on /matrix/as-of/<deal>/
        foreach (var group in switches)
        {
            Assert.False(string.IsNullOrWhiteSpace(group.QuerySelector("legend")?.TextContent));
            var radios = group.QuerySelectorAll("input[type=radio]");
            Assert.Equal(["both", "before", "after"], radios.Select(r => r.GetAttribute("value")));
            Assert.Single(radios.Select(r => r.GetAttribute("name")).Distinct());
            Assert.Equal("both", Assert.Single(radios, r => r.HasAttribute("checked")).GetAttribute("value"));
            Assert.All(radios, r => Assert.NotNull(document.QuerySelector($"label[for='{r.Id}']")));
        }
    }

    [Fact]
    public void Long_articles_get_a_table_of_contents_that_links_to_their_headings()
    {
        var files = TestSite.Minimal();
        files["input/articles/hello.md"] += "\n## Second\n\nText.\n\n### Detail\n\nText.\n\n## Third\n\nText.\n";

        var document = Parse(TestSite.Build(files), "articles/hello/index.html");

        var links = document.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["#intro", "#second", "#detail", "#third"], links);
        Assert.All(links, href => Assert.NotNull(document.GetElementById(href[1..])));
    }

    [Fact]
    public void Only_the_search_page_loads_a_script()
    {
        var result = RepositorySite.Build();

        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var scripts = Parse(result, file.Path).QuerySelectorAll("script[src]");
            Assert.True(file.Path == "search/index.html" ? scripts.Length == 1 : scripts.Length == 0, $"{file.Path} has {scripts.Length} scripts");
        }
    }

    [Fact]
    public void Every_page_of_the_real_site_has_unique_ids_one_h1_and_a_canonical_url()
    {
        var result = RepositorySite.Build();

        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = Parse(result, file.Path);
            var duplicates = document.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{file.Path} repeats ids: {string.Join(", ", duplicates)}");
            Assert.Single(document.QuerySelectorAll("h1"));
            if (file.Path != "404.html")
            {
                // The 404 page has none: it is not a page of its own (NetlifyTests).
                Assert.StartsWith("https://", document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            }
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")!.GetAttribute("content")), $"{file.Path} has no description");
            Assert.NotNull(document.QuerySelector("meta[property='og:title']"));
        }
    }

    private static IDocument Parse(BuildResult result, string path) => Parser.ParseDocument(TestSite.Page(result, path));
}
