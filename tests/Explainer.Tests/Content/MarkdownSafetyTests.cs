namespace Explainer.Tests.Content;

/// <summary>Safe HTML by default: raw HTML omitted, dangerous schemes neutralised, no attribute syntax.</summary>
public sealed class MarkdownSafetyTests
{
    private const string Page = "articles/hello/index.html";
    private const string HtmlHint = "  hint: write it in Markdown, or set 'allow_html: true' in input/site.yml if every writer is trusted";
    private const string UrlHint = "  hint: links may use http, https, mailto, tel or a relative path";

    [Fact]
    public void Raw_script_block_is_omitted_with_a_warning_at_its_line()
    {
        var result = TestSite.Build(TestSite.WithBody("Before.\n\n<script>alert(1)</script>\n\nAfter.\n"));

        Expect.Warnings(result, "input/articles/hello.md(13,1): warning EX0201: raw HTML was omitted\n" + HtmlHint);
        var html = TestSite.Page(result, Page);
        Assert.DoesNotContain("alert(1)", html);
        Assert.Contains("<!-- raw HTML omitted -->", html);
        Assert.Empty(TestSite.Html(result, Page).QuerySelectorAll("main script"));
    }

    [Fact]
    public void Inline_html_with_an_event_handler_is_omitted_with_warnings()
    {
        var result = TestSite.Build(TestSite.WithBody("Some <b onclick=\"steal()\">bold</b> text.\n"));

        Expect.Warnings(result,
            "input/articles/hello.md(11,6): warning EX0201: raw HTML '<b onclick=\"steal()\">' was omitted\n" + HtmlHint,
            "input/articles/hello.md(11,31): warning EX0201: raw HTML '</b>' was omitted\n" + HtmlHint);
        Assert.Empty(TestSite.Html(result, Page).QuerySelectorAll("[onclick]"));
    }

    [Fact]
    public void Raw_html_passes_through_when_the_site_opts_in()
    {
        var files = TestSite.WithBody("<details><summary>More</summary>Hidden.</details>\n");
        files["input/site.yml"] += "allow_html: true\n";

        var result = TestSite.Build(files);

        Expect.Warnings(result);
        Assert.NotNull(TestSite.Html(result, Page).QuerySelector("main details summary"));
    }

    [Theory]
    [InlineData("[a](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[a](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)")]
    [InlineData("[a](&#106;avascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[a](&#x6A;avascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[a](<java\tscript:alert(1)>)", "java\tscript:alert(1)")]
    [InlineData("[a](jav&#x09;ascript:alert(1))", "jav\tascript:alert(1)")]
    [InlineData("[a](<javascript\n:alert(1)>)", null)]
    [InlineData("[a](vbscript:msgbox(1))", "vbscript:msgbox(1)")]
    [InlineData("[a](data:text/html;base64,PHNjcmlwdD4=)", "data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("![a](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("![a](data:image/svg+xml;base64,PHN2Zz4=)", "data:image/svg+xml;base64,PHN2Zz4=")]
    [InlineData("[a][r]\n\n[r]: javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("[a]\n\n[a]: JAVASCRIPT:alert(1)", "JAVASCRIPT:alert(1)")]
    public void Unsafe_url_scheme_is_neutralised_with_a_warning(string markdown, string? shown)
    {
        var result = TestSite.Build(TestSite.WithBody(markdown + "\n"));

        Expect.Success(result);
        var page = TestSite.Html(result, Page);
        foreach (var element in page.QuerySelectorAll("main [href], main [src]"))
        {
            var url = new string((element.GetAttribute("href") ?? element.GetAttribute("src"))!.Where(c => c > ' ').ToArray());
            Assert.DoesNotMatch("(?i)^(javascript|vbscript|data):", url);
        }

        if (shown is not null)
        {
            var warning = Assert.Single(result.Diagnostics);
            Assert.Equal("EX0202", warning.Code);
            Assert.Equal($"the URL '{shown}' uses a scheme that is not allowed and was removed", warning.Message);
            Assert.Equal((TestSite.ArticlePath, 11), (warning.Location.Path, warning.Location.Line));
        }
    }

    [Theory]
    [InlineData("[the-link](https://example.com/x)", "https://example.com/x")]
    [InlineData("[the-link](http://example.com)", "http://example.com")]
    [InlineData("[the-link](mailto:press@example.com)", "mailto:press@example.com")]
    [InlineData("[the-link](tel:+15550100)", "tel:+15550100")]
    [InlineData("[the-link](/deals/reset/#terms)", "/deals/reset/#terms")]
    [InlineData("[the-link](../matrix/)", "../matrix/")]
    [InlineData("[the-link](#intro)", "#intro")]
    [InlineData("[the-link](notes/a:b)", "notes/a:b")]
    public void Safe_urls_are_kept_without_warnings(string markdown, string href)
    {
        var result = TestSite.Build(TestSite.WithBody("## Intro\n\n" + markdown + "\n"));

        Expect.Warnings(result);
        var link = TestSite.Html(result, Page).QuerySelectorAll("main a").Single(a => a.TextContent == "the-link");
        Assert.Equal(href, link.GetAttribute("href"));
    }

    [Fact]
    public void Attribute_syntax_does_not_produce_an_attribute()
    {
        var result = TestSite.Build(TestSite.WithBody("# Title {onclick=alert(1)}\n\n## Part {#x .y onmouseover=alert(2)}\n\nText {onclick=alert(3)}\n"));

        Expect.Success(result);
        var page = TestSite.Html(result, Page);
        Assert.Empty(page.QuerySelectorAll("[onclick], [onmouseover]"));
        Assert.Contains(page.QuerySelectorAll("main h1"), h => h.TextContent.Contains("{onclick=alert(1)}", StringComparison.Ordinal));
    }

    [Fact]
    public void Quote_nested_two_hundred_deep_is_an_error_where_it_gets_too_deep()
    {
        var result = TestSite.Build(TestSite.WithBody("Intro.\n\n> fine\n\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "deep\n"));

        var error = Expect.SingleError(result);
        Assert.Equal("EX0203", error.Code);
        Assert.Equal(new Explainer.Diagnostics.SourceLocation(TestSite.ArticlePath, 15, 201), error.Location);
    }

    [Theory]
    [InlineData("- ", 101)]
    [InlineData("> ", 201)]
    [InlineData("1. ", 151)]
    public void Markdown_nested_ten_thousand_deep_is_an_error_at_its_line_and_column(string unit, int column)
    {
        var result = TestSite.Build(TestSite.WithBody("Intro.\n\n" + string.Concat(Enumerable.Repeat(unit, 10_000)) + "x\n"));

        var error = Expect.SingleError(result);
        Assert.Equal(("EX0203", TestSite.ArticlePath, 13, column), (error.Code, error.Location.Path, error.Location.Line, error.Location.Column));
    }

    [Theory]
    [InlineData("[a", 128)]
    [InlineData("[a", 10_000)]
    [InlineData("[", 10_000)]
    [InlineData("*a ", 10_000)]
    [InlineData("_a ", 10_000)]
    public void Prose_with_many_unclosed_brackets_or_emphasis_renders_as_text(string unit, int count)
    {
        var text = string.Concat(Enumerable.Repeat(unit, count));
        var result = TestSite.Build(TestSite.WithBody(text + "\n"));

        Expect.Success(result);
        Assert.Contains(text.Trim(), TestSite.MainText(result, Page));
    }

    [Fact]
    public void Table_alignment_is_written_as_classes_not_inline_styles()
    {
        var result = TestSite.Build(TestSite.WithBody("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n"));

        Expect.Success(result);
        var html = TestSite.Page(result, Page);
        Assert.DoesNotContain("style=", html);
        Assert.Equal(["align-left", "align-center", "align-right"], TestSite.Html(result, Page).QuerySelectorAll("main table thead th").Select(th => th.ClassName));
    }

    [Fact]
    public void Headings_get_ids_and_self_links_and_long_articles_get_a_table_of_contents()
    {
        var result = TestSite.Build(TestSite.WithBody("## One\n\nx\n\n## Two words\n\nx\n\n### Three\n\nx\n"));

        var page = TestSite.Html(result, Page);
        Assert.Equal(["one", "two-words", "three"], page.QuerySelectorAll("main h2[id], main h3[id]").Where(h => h.QuerySelector("a.heading-anchor") is not null).Select(h => h.Id));
        Assert.Equal("#two-words", page.QuerySelector("h2#two-words a.heading-anchor")!.GetAttribute("href"));
        Assert.Equal(["#one", "#two-words", "#three"], page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")));
    }
}
