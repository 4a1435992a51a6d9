namespace Explainer.Tests.Data;

public sealed class ArticleFieldsTests
{
    private const string Allowed = "allowed keys: title, summary, date, updated, companies, deals, tags, sources, draft, order";

    [Theory]
    [InlineData("title")]
    [InlineData("summary")]
    [InlineData("date")]
    public void Each_required_key_is_an_error_when_missing(string key)
    {
        var lines = new[] { "title: Hello\n", "summary: The first article.\n", "date: 2026-11-20\n" }.Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal));

        var result = TestSite.Build(TestSite.WithArticle(string.Concat(lines)));

        Expect.Errors(result, $"input/articles/hello.md(2,1): error EX0110: the front matter has no '{key}'\n  hint: add a line '{key}: ...'");
    }

    [Fact]
    public void Empty_title_is_an_error()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: \"  \"\nsummary: x\ndate: 2026-11-20\n"));

        Expect.Errors(result, "input/articles/hello.md(2,8): error EX0117: 'title' of the front matter is empty\n  hint: write a value for 'title'");
    }

    [Fact]
    public void Title_given_as_a_list_is_a_type_error()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: [a, b]\nsummary: x\ndate: 2026-11-20\n"));

        Expect.Errors(result,
            "input/articles/hello.md(2,8): error EX0111: 'title' must be a single text value, not a list\n  hint: write the value on the same line as the key");
    }

    [Fact]
    public void Companies_given_as_text_is_a_type_error()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2026-11-20\ncompanies: openai\n"));

        Expect.Errors(result,
            "input/articles/hello.md(5,12): error EX0111: 'companies' must be a list, not a text value\n  hint: write it as [a, b] or as lines starting with '- '");
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("20 November 2026")]
    [InlineData("2026-11-20T10:00:00")]
    [InlineData("2026-1-5")]
    public void Date_that_is_not_an_existing_iso_date_is_an_error(string date)
    {
        var result = TestSite.Build(TestSite.WithArticle($"title: Hello\nsummary: x\ndate: {date}\n"));

        Expect.Errors(result, $"input/articles/hello.md(4,7): error EX0112: '{date}' is not a valid date for 'date'\n  hint: write an ISO date that exists, such as 2026-11-20");
    }

    [Fact]
    public void Leap_day_in_a_leap_year_is_a_valid_date()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2028-02-29\n"));

        Expect.Success(result);
        Assert.Equal("2028-02-29", TestSite.Html(result, "articles/hello/index.html").QuerySelector("main time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Updated_before_date_is_an_error_at_updated()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2026-11-20\nupdated: 2026-11-01\n"));

        Expect.Errors(result,
            "input/articles/hello.md(5,10): error EX0116: 'updated' (2026-11-01) is before 'date' (2026-11-20)\n"
            + "  hint: an article cannot be updated before it was first published: fix one of the two dates");
    }

    [Fact]
    public void Updated_on_or_after_date_is_shown_on_the_article()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2026-11-20\nupdated: 2026-12-01\n"));

        Expect.Success(result);
        var times = TestSite.Html(result, "articles/hello/index.html").QuerySelectorAll("main time").Select(t => t.GetAttribute("datetime"));
        Assert.Equal(["2026-11-20", "2026-12-01"], times);
    }

    [Fact]
    public void Misspelt_key_is_an_error_with_a_suggestion_and_the_allowed_keys()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2026-11-20\ncompnies: [openai]\n"));

        Expect.Errors(result, $"input/articles/hello.md(5,1): error EX0101: unknown key 'compnies' in the front matter\n  hint: did you mean 'companies'? {Allowed}");
    }

    [Fact]
    public void Unknown_key_without_a_close_match_lists_the_allowed_keys()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2026-11-20\nlayout: wide\n"));

        Expect.Errors(result, $"input/articles/hello.md(5,1): error EX0101: unknown key 'layout' in the front matter\n  hint: {Allowed}");
    }

    [Theory]
    [InlineData("Cloud", "cloud")]
    [InlineData("AI labs", "ai-labs")]
    public void Tag_that_is_not_lower_case_is_an_error_with_the_fixed_tag(string tag, string fixedTag)
    {
        var result = TestSite.Build(TestSite.WithArticle($"title: Hello\nsummary: x\ndate: 2026-11-20\ntags: [ok, \"{tag}\"]\n"));

        Expect.Errors(result, $"input/articles/hello.md(5,12): error EX0126: the tag '{tag}' is not a lower-case word\n  hint: write it as '{fixedTag}'");
    }

    [Fact]
    public void Same_value_twice_in_a_list_is_an_error()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2026-11-20\ntags: [cloud, cloud]\n"));

        Expect.Errors(result, "input/articles/hello.md(5,15): error EX0118: 'cloud' appears twice in 'tags'\n  hint: remove the second one");
    }

    [Fact]
    public void Draft_that_is_not_true_or_false_is_an_error()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2026-11-20\ndraft: yes\n"));

        Expect.Errors(result, "input/articles/hello.md(5,8): error EX0113: 'draft' must be true or false, not 'yes'\n  hint: write true or false");
    }

    [Fact]
    public void Empty_front_matter_is_an_error_listing_the_keys()
    {
        var result = TestSite.Build(TestSite.WithArticle(""));

        Expect.Errors(result,
            "input/articles/hello.md(1,1): error EX0110: the front matter is empty\n  hint: write the keys title, summary, date, updated, companies, deals, tags, sources, draft, order");
    }
}
