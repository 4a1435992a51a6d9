namespace Explainer.BrowserTests;

/// <summary>Every built page passes html-validate (the repository's .htmlvalidate.json).</summary>
[Collection(BrowserCollection.Name)]
public sealed class HtmlValidationTests(SiteFixture fixture)
{
    [Fact(Timeout = 120_000)]
    public async Task Every_page_is_valid_html()
    {
        var pages = fixture.Site.Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        Assert.True(pages > 10, $"only {pages} HTML pages were built");

        var run = await NodeTool.RunAsync("html-validate", ["--config", Path.Combine(RepositoryRoot.Path, ".htmlvalidate.json"), "--max-warnings", "0", "--ext", "html", fixture.Site.Directory], TimeSpan.FromMinutes(2));

        Assert.True(run.ExitCode == 0, $"html-validate found problems in {fixture.Site.Directory}:\n{run.Describe()}");
    }
}
