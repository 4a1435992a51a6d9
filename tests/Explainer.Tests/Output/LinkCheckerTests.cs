using Explainer.Output;

namespace Explainer.Tests.Output;

public sealed class LinkCheckerTests
{
    [Fact]
    public void Links_of_a_valid_site_all_resolve()
    {
        var result = TestSite.Build(TestSite.WithBody("## Intro\n\n[m](/matrix/) [t](/deals/reset/#terms) [i](#intro) [f](/feed.xml) [x](https://example.com/nope)\n"));

        Assert.Empty(LinkChecker.Check(result.Files));
    }

    [Fact]
    public void Broken_link_and_broken_anchor_are_errors_at_the_line_of_the_article_that_writes_them()
    {
        var input = TestSite.Input(TestSite.WithBody("[a](/nowhere/) [b](/deals/reset/#nope) [c](#missing)\n"));
        var result = SiteBuilder.Build(input);

        Assert.Equal(
            [
                "input/articles/hello.md(11,5): error EX0401: the page /articles/hello/ links to /nowhere/, which does not exist\n  hint: fix the link, or add the page it points at",
                "input/articles/hello.md(11,20): error EX0402: the page /articles/hello/ links to /deals/reset/#nope, but that page has no id 'nope'\n"
                + "  hint: heading ids are the heading in lower case with spaces as hyphens, as the page's table of contents shows",
                "input/articles/hello.md(11,44): error EX0402: the page /articles/hello/ links to #missing, but that page has no id 'missing'\n"
                + "  hint: heading ids are the heading in lower case with spaces as hyphens, as the page's table of contents shows",
            ],
            LinkChecker.Check(result.Files, input.Files).Select(d => d.Format()));
    }

    [Fact]
    public void Broken_link_and_anchor_suggest_the_closest_page_and_id()
    {
        var input = TestSite.Input(TestSite.WithBody("## Getting started\n\n[a](/companies/opnai/) [b](/articles/hello/#getting-strated)\n"));
        var result = SiteBuilder.Build(input);

        Assert.Equal(
            [
                "did you mean '/companies/openai/'? fix the link, or add the page it points at",
                "did you mean 'getting-started'? heading ids are the heading in lower case with spaces as hyphens, as the page's table of contents shows",
            ],
            LinkChecker.Check(result.Files, input.Files).Select(d => d.Hint));
    }

    [Fact]
    public void Broken_link_written_by_a_template_points_at_the_page_origin()
    {
        var input = TestSite.Input(TestSite.With("theme/layouts/matrix.html", "<h1>{{ page.title }}</h1><a href=\"/nope/\">x</a>\n"));
        var result = SiteBuilder.Build(input);

        var error = Assert.Single(LinkChecker.Check(result.Files, input.Files));
        Assert.Equal("EX0401", error.Code);
        Assert.Equal("the page /matrix/ links to /nope/, which does not exist", error.Message);
    }

    [Fact]
    public void Percent_encoded_and_query_links_resolve_to_their_page()
    {
        var result = TestSite.Build(TestSite.WithBody("## Intro\n\n[q](/matrix/?x=1) [e](/articles/hello/#intro) [s](/sources/report/index.html)\n"));

        Assert.Empty(LinkChecker.Check(result.Files));
    }
}
