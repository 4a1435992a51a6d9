using AngleSharp.Html.Parser;

namespace Explainer.Tests;

public sealed class SiteBuilderTests
{
    [Fact]
    public void Minimal_site_builds_every_generated_url()
    {
        var result = TestSite.Build(TestSite.Minimal());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var paths = result.Files.Select(f => f.Path).ToHashSet();
        foreach (var path in new[]
        {
            "index.html", "articles/hello/index.html", "companies/index.html", "companies/openai/index.html",
            "deals/index.html", "deals/reset/index.html", "matrix/index.html", "sources/index.html",
            "sources/report/index.html", "tags/cloud/index.html", "feed.xml", "sitemap.xml", "robots.txt",
            "404.html", "data/explainer.json",
        })
        {
            Assert.Contains(path, paths);
        }
    }

    [Fact]
    public void Unknown_company_is_an_error_with_its_line_and_a_suggestion()
    {
        var files = TestSite.Minimal();
        files["input/articles/hello.md"] = files["input/articles/hello.md"].Replace("companies: [openai]", "companies: [opneai]");

        var result = TestSite.Build(files);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("input/articles/hello.md(5,13): error EX0102: unknown company 'opneai'\n  hint: did you mean 'openai'?", error.Format());
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Matrix_cell_shows_before_and_after_with_the_deal()
    {
        var result = TestSite.Build(TestSite.Minimal());

        var document = new HtmlParser().ParseDocument(TestSite.Page(result, "matrix/index.html"));
        var cell = document.QuerySelector("table.matrix tbody td")!;
        Assert.Contains("exclusive", cell.TextContent);
        Assert.Contains("priority", cell.TextContent);
        Assert.NotNull(cell.QuerySelector("a[href='/deals/reset/']"));
    }
}
