namespace Explainer.Tests.Sources;

public sealed class FrontMatterTests
{
    [Fact]
    public void Front_matter_never_closed_is_an_error_naming_the_file()
    {
        var result = TestSite.Build(TestSite.With(TestSite.ArticlePath, "---\ntitle: Hello\nsummary: x\ndate: 2026-11-20\n\nSome text.\n"));

        Expect.Errors(result,
            "input/articles/hello.md(1,1): error EX0003: the front matter opened on line 1 is never closed\n  hint: add a line '---' after the last front matter key");
    }

    [Fact]
    public void Article_without_front_matter_is_an_error_with_a_hint()
    {
        var result = TestSite.Build(TestSite.With(TestSite.ArticlePath, "# Hello\n\nSome text.\n"));

        Expect.Errors(result,
            "input/articles/hello.md(1,1): error EX0004: the article has no front matter\n  hint: start the file with a line '---', the keys title, summary and date, then another '---'");
    }

    [Fact]
    public void Byte_order_mark_and_crlf_line_endings_build_as_normal()
    {
        var text = "\uFEFF---\r\ntitle: Hello\r\nsummary: The first article.\r\ndate: 2026-11-20\r\n---\r\n\r\n## Intro\r\n\r\nSome text.\r\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);

        var result = TestSite.BuildBytes(TestSite.Minimal(), TestSite.ArticlePath, bytes);

        Expect.Warnings(result);
        var page = TestSite.Html(result, "articles/hello/index.html");
        Assert.Equal("Hello", page.QuerySelector("main h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("h2#intro"));
        Assert.DoesNotContain("\r", TestSite.Page(result, "articles/hello/index.html"));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Body_lines_are_counted_alike_whatever_ends_the_lines(string newline)
    {
        var text = string.Join(newline, "---", "title: Hello", "summary: S.", "date: 2026-11-20", "---", "", "Text.", "", "::: nope", ":::", "");

        var result = TestSite.BuildBytes(TestSite.Minimal(), TestSite.ArticlePath, System.Text.Encoding.UTF8.GetBytes(text));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("input/articles/hello.md", 9, 1), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains("unknown data block 'nope'", error.Message);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_at_the_line_and_column_of_the_bad_byte()
    {
        byte[] bytes = [.. "---\ntitle: Hello\nsummary: ab"u8, 0xFF, 0xFE, .. "cd\ndate: 2026-11-20\n---\n\nSome text.\n"u8];

        var result = TestSite.BuildBytes(TestSite.Minimal(), TestSite.ArticlePath, bytes);

        Expect.Errors(result, "input/articles/hello.md(3,12): error EX0001: the file is not valid UTF-8\n  hint: save the file with UTF-8 encoding");
    }

    [Fact]
    public void Invalid_utf8_in_a_data_file_is_reported_without_unrelated_errors()
    {
        byte[] bytes = [.. "name: Open"u8, 0xC3, 0x28, .. "I\nroles: [lab]\nsummary: A lab.\n"u8];

        var result = TestSite.BuildBytes(TestSite.Minimal(), "input/data/companies/openai.yml", bytes);

        Expect.Errors(result, "input/data/companies/openai.yml(1,11): error EX0001: the file is not valid UTF-8\n  hint: save the file with UTF-8 encoding");
    }
}
