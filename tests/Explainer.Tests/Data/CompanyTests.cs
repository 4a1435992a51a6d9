namespace Explainer.Tests.Data;

public sealed class CompanyTests
{
    private const string Path = "input/data/companies/openai.yml";

    [Theory]
    [InlineData("name")]
    [InlineData("roles")]
    [InlineData("summary")]
    public void Each_required_key_is_an_error_when_missing(string key)
    {
        var lines = new[] { "name: OpenAI\n", "roles: [lab]\n", "summary: A lab.\n" }.Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal));

        var result = TestSite.Build(TestSite.With(Path, string.Concat(lines)));

        Expect.HasError(result, $"input/data/companies/openai.yml(1,1): error EX0110: company 'openai' has no '{key}'\n  hint: add a line '{key}: ...'");
    }

    [Fact]
    public void Role_outside_the_allowed_list_is_an_error_that_lists_the_roles()
    {
        var result = TestSite.Build(TestSite.With(Path, "name: OpenAI\nroles: [lab, labs]\nsummary: A lab.\n"));

        Expect.Errors(result,
            "input/data/companies/openai.yml(2,14): error EX0113: 'labs' is not a company role\n  hint: did you mean 'lab'? roles are: lab, cloud, investor, chips, product");
    }

    [Fact]
    public void Empty_roles_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, "name: OpenAI\nroles: []\nsummary: A lab.\n"));

        Expect.HasError(result,
            "input/data/companies/openai.yml(2,8): error EX0117: company 'openai' has no roles\n  hint: give one or more of: lab, cloud, investor, chips, product");
    }

    [Theory]
    [InlineData("ftp://openai.com")]
    [InlineData("openai.com")]
    [InlineData("javascript:alert(1)")]
    public void Website_that_is_not_an_absolute_http_url_is_an_error(string website)
    {
        var result = TestSite.Build(TestSite.With(Path, $"name: OpenAI\nroles: [lab]\nsummary: A lab.\nwebsite: \"{website}\"\n"));

        Expect.Errors(result,
            $"input/data/companies/openai.yml(4,10): error EX0115: 'website' must be an absolute http(s) URL, not '{website}'\n  hint: write it as https://example.com");
    }

    [Fact]
    public void Misspelt_key_is_an_error_with_a_suggestion()
    {
        var result = TestSite.Build(TestSite.With(Path, "name: OpenAI\nrole: [lab]\nroles: [lab]\nsummary: A lab.\n"));

        Expect.Errors(result,
            "input/data/companies/openai.yml(2,1): error EX0101: unknown key 'role' in company 'openai'\n  hint: did you mean 'roles'? allowed keys: name, roles, summary, website, sources, updated");
    }

    [Fact]
    public void Company_with_all_keys_shows_its_website_roles_and_sources()
    {
        var result = TestSite.Build(TestSite.With(Path, "name: OpenAI\nroles: [lab, product]\nsummary: A lab.\nwebsite: https://openai.com\nsources: [report]\n"));

        Expect.Success(result);
        var page = TestSite.Html(result, "companies/openai/index.html");
        Assert.NotNull(page.QuerySelector("main a[href='https://openai.com']"));
        Assert.Contains("product", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/sources/report/']"));
    }
}
