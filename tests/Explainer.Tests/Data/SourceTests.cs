namespace Explainer.Tests.Data;

public sealed class SourceTests
{
    private const string Path = "seeds/report.yml";

    [Fact]
    public void Missing_publisher_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, "title: A report\n"));

        Expect.HasError(result, "seeds/report.yml(1,1): error EX0110: source 'report' has no 'publisher'\n  hint: add a line 'publisher: ...'");
    }

    [Fact]
    public void Url_that_is_not_http_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, "title: A report\npublisher: Example News\nurl: file:///etc/passwd\n"));

        Expect.Errors(result,
            "seeds/report.yml(3,6): error EX0115: 'url' must be an absolute http(s) URL, not 'file:///etc/passwd'\n"
            + "  hint: write the full address, or leave 'url' out when it is not known");
    }

    [Fact]
    public void Impossible_published_date_is_an_error()
    {
        var result = TestSite.Build(TestSite.With(Path, "title: A report\npublisher: Example News\npublished: 2026-02-30\n"));

        Expect.Errors(result, "seeds/report.yml(3,12): error EX0112: '2026-02-30' is not a valid date for 'published'\n  hint: write an ISO date that exists, such as 2026-11-20");
    }

    [Fact]
    public void Source_page_shows_publisher_date_link_and_reports()
    {
        var result = TestSite.Build(TestSite.With(Path,
            "title: A report\npublisher: Example News\npublished: 2026-10-28\nurl: https://news.example/report\nreports:\n  - First claim.\n  - Second claim.\n"));

        Expect.Success(result);
        var main = TestSite.Html(result, "sources/report/index.html").QuerySelector("main")!;
        Assert.Contains("Example News", main.TextContent);
        Assert.Equal("2026-10-28", main.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.NotNull(main.QuerySelector("a[href='https://news.example/report']"));
        Assert.Equal(["First claim.", "Second claim."], main.QuerySelectorAll("li.claim").Select(li => li.FirstChild!.TextContent.Trim()));
    }
}
