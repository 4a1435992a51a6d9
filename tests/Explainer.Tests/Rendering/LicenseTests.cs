namespace Explainer.Tests.Rendering;

/// <summary><c>license</c> and <c>license_url</c> in site.yml: the footer, the JSON-LD and the downloads.</summary>
public sealed class LicenseTests
{
    private static Dictionary<string, string> Licensed()
    {
        var files = TestSite.Minimal();
        files["input/site.yml"] += "license: CC BY 4.0\nlicense_url: https://creativecommons.org/licenses/by/4.0/\n";
        return files;
    }

    [Fact]
    public void The_footer_names_the_licence_with_its_link_and_says_how_to_cite_the_site()
    {
        var footer = TestSite.Html(TestSite.Build(Licensed()), "index.html").QuerySelector("footer")!;

        var link = footer.QuerySelector("a[rel=license]")!;
        Assert.Equal(("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), (link.TextContent, link.GetAttribute("href")));
        Assert.Equal("Test site, https://test.example/, licensed under CC BY 4.0", footer.QuerySelector("cite")!.TextContent);
    }

    [Fact]
    public void Article_json_ld_carries_the_licence_and_the_credit()
    {
        var script = TestSite.Html(TestSite.Build(Licensed()), "articles/hello/index.html").QuerySelector("script[type='application/ld+json']")!;

        using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", json.RootElement.GetProperty("license").GetString());
        Assert.Equal("Test site, https://test.example/, licensed under CC BY 4.0", json.RootElement.GetProperty("creditText").GetString());
    }

    [Fact]
    public void Without_a_licence_the_footer_says_nothing_about_one()
    {
        var text = TestSite.Html(TestSite.Build(TestSite.Minimal()), "index.html").QuerySelector("footer")!.TextContent;

        Assert.DoesNotContain("Licence", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_licence_url_that_is_not_http_is_an_error_at_its_line()
    {
        var files = TestSite.Minimal();
        files["input/site.yml"] += "license_url: creativecommons.org\n";

        Expect.Errors(TestSite.Build(files),
            "input/site.yml(5,14): error EX0115: 'license_url' must be an absolute http(s) URL, not 'creativecommons.org'\n  hint: write it as https://creativecommons.org/licenses/by/4.0/");
    }

    [Fact]
    public void The_matrix_and_a_comparison_link_to_their_csv_and_the_json()
    {
        var result = TestSite.Build(Licensed());

        Assert.Equal(["/data/matrix.csv", "/data/explainer.json"], TestSite.Html(result, "matrix/index.html").QuerySelectorAll(".downloads a[download]").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/deals/reset/terms.csv", "/data/explainer.json"], TestSite.Html(result, "deals/reset/index.html").QuerySelectorAll("section[aria-labelledby=terms] .downloads a[download]").Select(a => a.GetAttribute("href")));
    }
}
