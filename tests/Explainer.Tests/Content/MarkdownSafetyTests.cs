namespace Explainer.Tests.Content;

/// <summary>Safe HTML by default: raw HTML outside a short allow-list omitted, dangerous schemes neutralised, no attribute syntax.</summary>
public sealed class MarkdownSafetyTests
{
    private const string Page = "articles/hello/index.html";
    private const string HtmlHint = "  hint: write it in Markdown, or set 'raw_html: allow' in input/site.yml if every writer is trusted";
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
    public void Inline_html_with_an_event_handler_is_omitted_with_a_warning_and_its_closing_tag_silently()
    {
        var result = TestSite.Build(TestSite.WithBody("Some <b onclick=\"steal()\">bold</b> text.\n"));

        Expect.Warnings(result,
            "input/articles/hello.md(11,6): warning EX0201: raw HTML '<b onclick=\"steal()\">' was omitted\n" + HtmlHint);
        var page = TestSite.Html(result, Page);
        Assert.Empty(page.QuerySelectorAll("[onclick]"));
        Assert.Empty(page.QuerySelectorAll("main b"));
        Assert.DoesNotContain("</b>", page.QuerySelector("main .prose p")!.InnerHtml);
    }

    [Fact]
    public void Harmless_inline_tags_without_attributes_are_kept_without_a_warning()
    {
        var result = TestSite.Build(TestSite.WithBody("E = mc<sup>2</sup>, H<SUB>2</SUB>O,<br/>press <kbd>Ctrl</kbd> <!-- a note -->now.\n"));

        Expect.Warnings(result);
        var paragraph = TestSite.Html(result, Page).QuerySelector("main .prose p")!;
        Assert.Equal("E = mc<sup>2</sup>, H<sub>2</sub>O,<br>press <kbd>Ctrl</kbd> now.", paragraph.InnerHtml);
    }

    [Theory]
    [InlineData("<a name=\"setup\"></a>\n\n## Setting up\n")]
    [InlineData("## <a id='setup'></a> Setting up\n")]
    public void Html_anchor_becomes_an_element_with_its_id_and_links_to_it_pass_the_check(string anchor)
    {
        var files = TestSite.WithBody(anchor + "\nSee [setup](/articles/hello/#setup).\n");

        var result = TestSite.Build(files);

        Expect.Warnings(result);
        var target = TestSite.Html(result, Page).QuerySelector("main #setup")!;
        Assert.Equal("SPAN", target.TagName);
        Assert.Equal(["id"], target.Attributes.Select(a => a.Name));
        Assert.Empty(Explainer.Output.LinkChecker.Check(result.Files));
    }

    [Theory]
    [InlineData("<sup style=\"color:red\">x</sup>", "sup")]
    [InlineData("<img src=\"https://tracker.example/x.png\">", "img")]
    [InlineData("<a href=\"https://example.org\">x</a>", "a")]
    [InlineData("<a name=\"x\" onclick=\"steal()\"></a>", "a")]
    [InlineData("<span>x</span>", "span")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "iframe")]
    public void Tags_with_attributes_or_off_the_list_are_omitted_in_safe_mode(string html, string subject)
    {
        var result = TestSite.Build(TestSite.WithBody($"Text {html} text.\n"));

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Explainer.Diagnostics.Codes.RawHtmlOmitted, warning.Code);
        Assert.Equal(subject, warning.Subject);
        var body = TestSite.Html(result, Page).QuerySelector("main .prose")!;
        Assert.Empty(body.QuerySelectorAll("[style], [src], [href], [onclick], img, iframe, span, a"));
    }

    [Fact]
    public void Raw_html_omit_omits_even_harmless_tags()
    {
        var files = TestSite.WithBody("mc<sup>2</sup>\n");
        files["input/site.yml"] += "raw_html: omit\n";

        var result = TestSite.Build(files);

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == Explainer.Diagnostics.Codes.RawHtmlOmitted));
        Assert.Empty(TestSite.Html(result, Page).QuerySelectorAll("main sup"));
    }

    [Fact]
    public void Markdown_spells_strikethrough_superscript_and_highlight()
    {
        var result = TestSite.Build(TestSite.WithBody("~~old~~ 2^10^ ==key== C++ and C++/CLI\n"));

        Expect.Warnings(result);
        Assert.Equal("<del>old</del> 2<sup>10</sup> <mark>key</mark> C++ and C++/CLI", TestSite.Html(result, Page).QuerySelector("main .prose p")!.InnerHtml);
    }

    [Fact]
    public void Raw_html_value_that_is_not_a_mode_is_an_error_with_a_suggestion()
    {
        var files = TestSite.WithBody("Text.\n");
        files["input/site.yml"] += "raw_html: saf\n";

        var result = TestSite.Build(files);

        Expect.Errors(result, "input/site.yml(5,11): error EX0113: 'saf' is not a way to treat raw HTML\n"
            + "  hint: did you mean 'safe'? write omit (every tag omitted), safe (harmless tags kept) or allow (trusted writers only)");
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
    public void Quote_nested_two_hundred_deep_is_an_error_at_the_body_not_a_crash()
    {
        var result = TestSite.Build(TestSite.WithBody(string.Concat(Enumerable.Repeat("> ", 200)) + "deep\n"));

        var error = Expect.SingleError(result);
        Assert.Equal("EX0203", error.Code);
        Assert.Equal(new Explainer.Diagnostics.SourceLocation(TestSite.ArticlePath, 10, 1), error.Location);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("> ")]
    [InlineData("[")]
    [InlineData("1. ")]
    public void Markdown_nested_ten_thousand_deep_is_an_error_at_the_body(string unit)
    {
        var result = TestSite.Build(TestSite.WithBody(string.Concat(Enumerable.Repeat(unit, 10_000)) + "x\n"));

        var error = Expect.SingleError(result);
        Assert.Equal(("EX0203", TestSite.ArticlePath, 10), (error.Code, error.Location.Path, error.Location.Line));
    }

    [Fact]
    public void Unclosed_brackets_deeper_than_markdig_allows_are_an_error_not_a_crash()
    {
        var result = TestSite.Build(TestSite.WithBody(string.Concat(Enumerable.Repeat("[a", 200)) + "\n"));

        Assert.True(result.Succeeded || Expect.SingleError(result).Code == "EX0203", Expect.Listing(result.Diagnostics));
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
