using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Explainer.Content;

namespace Explainer.Tests.Content;

/// <summary>The parsers that replace Markdig's quadratic ones give Markdig's own HTML on ordinary text.</summary>
public sealed class BoundedParsingTests
{
    private static readonly MarkdownPipeline Markdig = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseSmartyPants()
        .UseCustomContainers()
        .Build();

    [Theory]
    [InlineData("# Title\n\n## Same\n\n## Same\n\n## Same-1\n\n## Same\n\nSetext\n---\n\n## \n\n## `code` and *emph*\n")]
    [InlineData("[a](b) [a](<b c>) [a](b \"t\") [a](b 't') [a](b (t)) [a]( b ) [a](b(c)d) [a](b\\(c) [a](<b>\"t\") ![i](p.png)\n")]
    [InlineData("[a](b (t\\(u)) [a](b \"t\nu\") [a](b\n\"t\") [a](((((b))))) [a](b)c) [a](\"t\")\n")]
    [InlineData("[ref] [ref][] [text][ref] [Ref] [nope]\n\n[ref]: /url \"title\"\n[other]:\n  /u2\n  'title 2'\n")]
    [InlineData("[a]: /u\n[b]: /v\ntext after [a] and [b]\n\n[c]: /w\n===\n\n[d]: /x\nHeading [d]\n---\n")]
    [InlineData("www.example.org, https://example.org/a_(b) *www.example.org* _http://x.org/a_ (www.a.org) [www.b.org](/x) mailto:a@b.org tel:+1234 ftp://f.org\n")]
    [InlineData("<a href=\"/x\">www.example.org</a> www.example.org <abbr>www.c.org</abbr>\n")]
    [InlineData("*a* **b** ***c*** _d_ __e__ *a **b** c* **a *b* c** a*b*c a_b_c *unclosed **x\n")]
    [InlineData("`a` ``b ` c`` ```d``` `unclosed ``x` e`f``g\n")]
    [InlineData("<!-- c --> <!--> <?p?> <![CDATA[x]]> <!DOCTYPE> <span a=\"1\">x</span> <http://a.org> <a@b.org> <not closed\n")]
    [InlineData("Text[^1] and[^n].\n\n[^1]: One.\n[^n]: Two\n    more.\n\n[^unused]: Three.\n")]
    [InlineData("> quote [a](b)\n> - list *x*\n\n1. one\n2. two\n   - nested www.x.org\n")]
    [InlineData("| a | b |\n|---|:-:|\n| [x](y) | `z` |\n")]
    [InlineData("\"quotes\" and 'single' -- dash --- and ... [x](y \"z\")\n")]
    public void Ordinary_text_renders_as_markdig_renders_it(string markdown)
    {
        Assert.Equal(Markdown.ToHtml(markdown, Markdig), Markdown.ToHtml(markdown, MarkdownRenderer.Pipeline));
    }

    [Fact]
    public void A_title_in_parentheses_may_not_hold_an_unescaped_parenthesis_as_commonmark_says()
    {
        Assert.Equal("<p>[a](b (t(u))</p>\n", Markdown.ToHtml("[a](b (t(u))\n", MarkdownRenderer.Pipeline));
    }

    [Fact]
    public void A_destination_holds_at_most_32_nested_parentheses_as_cmark_allows()
    {
        var deep = new string('(', 33) + "b" + new string(')', 33);
        Assert.Equal($"<p>[a]({deep})</p>\n", Markdown.ToHtml($"[a]({deep})\n", MarkdownRenderer.Pipeline));
        Assert.Contains("href=\"((b))\"", Markdown.ToHtml("[a](((b)))\n", MarkdownRenderer.Pipeline));
    }

    [Fact]
    public void Reference_definitions_above_a_setext_underline_leave_it_as_text()
    {
        Assert.Equal("<p>===</p>\n", Markdown.ToHtml("[a]: /u\n===\n", MarkdownRenderer.Pipeline));
    }
}
