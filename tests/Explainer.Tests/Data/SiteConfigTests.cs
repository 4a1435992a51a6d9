namespace Explainer.Tests.Data;

public sealed class SiteConfigTests
{
    [Fact]
    public void Missing_site_yml_is_an_error()
    {
        var files = TestSite.Minimal();
        files.Remove("input/site.yml");

        var result = TestSite.Build(files);

        Expect.Errors(result, "input/site.yml(1,1): error EX0110: the site has no input/site.yml\n  hint: create it with at least 'title: ...'");
    }

    [Fact]
    public void Unknown_key_in_site_yml_lists_the_allowed_keys()
    {
        var result = TestSite.Build(TestSite.With("input/site.yml", "title: Test site\nbaseurl: https://test.example/\n"));

        Expect.Errors(result,
            "input/site.yml(2,1): error EX0101: unknown key 'baseurl' in site.yml\n"
            + "  hint: did you mean 'base_url'? allowed keys: title, description, base_url, language, navigation, raw_html, allow_html, ignore_warnings, headline");
    }

    [Fact]
    public void Base_url_that_is_not_http_is_an_error()
    {
        var result = TestSite.Build(TestSite.With("input/site.yml", "title: Test site\nbase_url: test.example\n"));

        Expect.Errors(result, "input/site.yml(2,11): error EX0115: 'base_url' must be an absolute http(s) URL, not 'test.example'\n  hint: write it as https://example.org/");
    }

    [Fact]
    public void Navigation_entries_appear_in_the_header_and_mark_the_current_page()
    {
        var result = TestSite.Build(TestSite.With("input/site.yml",
            "title: Test site\nbase_url: https://test.example/\nnavigation:\n  - title: Deals\n    url: /deals/\n  - title: Matrix\n    url: /matrix/\n"));

        Expect.Success(result);
        var nav = TestSite.Html(result, "deals/index.html").QuerySelectorAll("header nav a");
        Assert.Equal(["Deals", "Matrix"], nav.Select(a => a.TextContent));
        Assert.Equal("page", nav[0].GetAttribute("aria-current"));
        Assert.Null(nav[1].GetAttribute("aria-current"));
    }

    [Fact]
    public void Navigation_url_with_an_unsafe_scheme_is_an_error()
    {
        var result = TestSite.Build(TestSite.With("input/site.yml", "title: Test site\nnavigation:\n  - title: Bad\n    url: javascript:alert(1)\n"));

        Expect.Errors(result, "input/site.yml(4,10): error EX0115: a navigation URL must start with '/' or be an http(s) URL, not 'javascript:alert(1)'");
    }
}
