namespace Explainer.Tests.Output;

public sealed class UrlCollisionTests
{
    [Fact]
    public void Asset_that_writes_the_fingerprinted_stylesheet_url_is_an_error_naming_both_files()
    {
        var css = TestSite.Build(TestSite.Minimal()).Files.Single(f => f.Path.StartsWith("assets/css/site.", StringComparison.Ordinal)).Path;

        var result = TestSite.Build(TestSite.With("input/" + css, "body { color: red }\n"));

        Expect.Errors(result, $"theme/static/css/site.css(1,1): error EX0130: 'theme/static/css/site.css' and 'input/{css}' both write /{css}\n  hint: rename one of the two files");
    }

    [Fact]
    public void Asset_that_writes_a_theme_static_file_is_an_error()
    {
        var files = TestSite.Minimal();
        files["theme/static/images/logo.svg"] = "<svg/>";
        files["input/assets/images/logo.svg"] = "<svg></svg>";

        var result = TestSite.Build(files);

        var error = Expect.SingleError(result);
        Assert.Equal("EX0130", error.Code);
        Assert.Contains("'input/assets/images/logo.svg'", error.Message);
        Assert.Contains("'theme/static/images/logo.svg'", error.Message);
    }
}
