namespace Explainer.Tests.Rendering;

/// <summary>What each kind of page lists, looked up from the site's indexes.</summary>
public sealed class PageTests
{
    [Fact]
    public void Company_page_lists_its_articles_deals_and_matrix_row()
    {
        var files = TestSite.Minimal();
        files["input/articles/other.md"] = TestSite.Article("title: Unrelated\nsummary: x\ndate: 2026-11-21\n");

        var result = TestSite.Build(files);

        var main = TestSite.Html(result, "companies/openai/index.html").QuerySelector("main")!;
        Assert.Equal(["/articles/hello/"], TestSite.Links(result, "companies/openai/index.html", "/articles/"));
        Assert.Contains(main.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/deals/reset/" && a.TextContent == "The reset");
        var matrix = main.QuerySelector("table.matrix")!;
        Assert.Equal(["OpenAI"], matrix.QuerySelectorAll("tbody th").Select(th => th.TextContent));
    }

    [Fact]
    public void Operator_page_shows_its_cloud_column()
    {
        var result = TestSite.Build(TestSite.Minimal());

        var main = TestSite.Html(result, "companies/microsoft/index.html").QuerySelector("main")!;
        var matrix = main.QuerySelector("table.matrix")!;
        Assert.Equal(["Lab", "Microsoft Azure"], matrix.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Empty(TestSite.Links(result, "companies/microsoft/index.html", "/articles/"));
    }

    [Fact]
    public void Source_page_lists_everything_that_cites_it()
    {
        var result = TestSite.Build(TestSite.Minimal());

        var citations = TestSite.Html(result, "sources/report/index.html").QuerySelectorAll("main ul.citations li")
            .Select(li => (TestSite.Collapse(li.TextContent).Replace(":", ""), li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal([("company OpenAI", "/companies/openai/"), ("deal The reset", "/deals/reset/"), ("article Hello", "/articles/hello/")], citations);
    }

    [Fact]
    public void Deal_page_lists_parties_terms_and_articles()
    {
        var result = TestSite.Build(TestSite.Minimal());

        var main = TestSite.Html(result, "deals/reset/index.html").QuerySelector("main")!;
        Assert.Equal(["/companies/microsoft/", "/companies/openai/"], TestSite.Links(result, "deals/reset/index.html", "/companies/"));
        Assert.Equal("Revenue sharing", main.QuerySelector("table.compare tbody th")!.TextContent);
        Assert.NotNull(main.QuerySelector("table.compare a[href='/sources/report/']"));
        Assert.Equal(["/articles/hello/"], TestSite.Links(result, "deals/reset/index.html", "/articles/"));
    }

    [Fact]
    public void Articles_are_listed_newest_first()
    {
        var files = TestSite.Minimal();
        files["input/articles/older.md"] = TestSite.Article("title: Older\nsummary: x\ndate: 2025-01-01\n");
        files["input/articles/newer.md"] = TestSite.Article("title: Newer\nsummary: x\ndate: 2027-01-01\n");

        var result = TestSite.Build(files);

        Assert.Equal(["/articles/newer/", "/articles/hello/", "/articles/older/"], TestSite.Links(result, "articles/index.html", "/articles/").Where(h => h != "/articles/"));
    }

    [Fact]
    public void Tag_page_lists_the_articles_with_that_tag()
    {
        var files = TestSite.Minimal();
        files["input/articles/other.md"] = TestSite.Article("title: Other\nsummary: x\ndate: 2026-11-21\ntags: [money]\n");

        var result = TestSite.Build(files);

        Assert.Equal(["/articles/hello/"], TestSite.Links(result, "tags/cloud/index.html", "/articles/"));
        Assert.Equal(["/articles/other/"], TestSite.Links(result, "tags/money/index.html", "/articles/"));
    }

    [Fact]
    public void Every_page_links_the_fingerprinted_stylesheet_and_its_canonical_url()
    {
        var result = TestSite.Build(TestSite.Minimal());

        var css = result.Files.Single(f => f.Path.StartsWith("assets/css/site.", StringComparison.Ordinal)).Path;
        Assert.Matches("^assets/css/site\\.[0-9a-f]{10}\\.css$", css);
        var page = TestSite.Html(result, "deals/reset/index.html");
        Assert.Equal("/" + css, page.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href"));
        Assert.Equal("https://test.example/deals/reset/", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
    }

    [Fact]
    public void Base_url_option_replaces_the_one_in_site_yml()
    {
        var result = TestSite.Build(TestSite.Minimal(), new Explainer.Sources.BuildOptions { BaseUrl = "https://preview.example" });

        var page = TestSite.Html(result, "deals/reset/index.html");
        Assert.Equal("https://preview.example/deals/reset/", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
    }
}
