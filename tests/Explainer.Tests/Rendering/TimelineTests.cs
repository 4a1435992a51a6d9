namespace Explainer.Tests.Rendering;

/// <summary>The timeline (/timeline/ and <c>::: timeline</c>) and the matrix as of each deal (/matrix/as-of/&lt;deal&gt;/).</summary>
public sealed class TimelineTests
{
    private static string Deal(string slug, string? announced, string before, string after) =>
        $"title: Deal {slug}\nparties: [microsoft, openai]\nsummary: S.\n" + (announced is null ? "" : $"announced: {announced}\n")
        + $"access:\n  - lab: openai\n    cloud: azure\n    before: {before}\n    after: {after}\n";

    private static Dictionary<string, string> ThreeDeals()
    {
        var files = TestSite.Minimal();
        files.Remove("input/data/deals/reset.yml");
        files["input/articles/hello.md"] = TestSite.Article("title: Hello\nsummary: S.\ndate: 2026-01-01\n");
        files["input/data/deals/old.yml"] = Deal("old", "2024-01-10", "unknown", "priority");
        files["input/data/deals/new.yml"] = Deal("new", "2025-06", "priority", "exclusive");
        files["input/data/deals/undated.yml"] = Deal("undated", null, "restricted", "available");
        return files;
    }

    [Fact]
    public void Dated_deals_are_listed_oldest_first_and_undated_deals_apart_with_no_dot()
    {
        var result = TestSite.Build(ThreeDeals());

        Expect.Success(result);
        var document = TestSite.Html(result, "timeline/index.html");
        Assert.Equal(["/deals/old/", "/deals/new/"], document.QuerySelectorAll("ol.timeline-entries > li > a[href^='/deals/']").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/deals/undated/"], document.QuerySelectorAll("ul.timeline-entries > li > a[href^='/deals/']").Select(a => a.GetAttribute("href")));
        var dots = document.QuerySelectorAll("svg circle");
        Assert.Equal(2, dots.Length);
        Assert.DoesNotContain(dots, d => d.TextContent.Contains("Deal undated", StringComparison.Ordinal));
        Assert.Contains("tl-month", dots[1].ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void Later_deals_are_drawn_further_right_in_their_labs_lane()
    {
        var document = TestSite.Html(TestSite.Build(ThreeDeals()), "timeline/index.html");

        var svg = document.QuerySelector("svg.timeline-svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.NotNull(document.GetElementById(svg.GetAttribute("aria-labelledby")!));
        Assert.Equal("OpenAI", svg.QuerySelector("text.tl-lab")!.TextContent);
        var xs = svg.QuerySelectorAll("circle").Select(c => int.Parse(c.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(xs[0] < xs[1], $"the older deal is at x={xs[0]}, the newer at x={xs[1]}");
        Assert.Empty(document.QuerySelectorAll("[style], style"));
    }

    [Fact]
    public void The_matrix_as_of_a_deal_shows_each_cell_as_it_was_just_after_that_deal()
    {
        var result = TestSite.Build(ThreeDeals());

        string Cell(string deal) => TestSite.Collapse(TestSite.Html(result, $"matrix/as-of/{deal}/index.html").GetElementById("cell-openai-azure")!.TextContent);
        Assert.Matches("Before: restricted After: available", Cell("undated"));
        Assert.Matches("Before: unknown After: priority", Cell("old"));
        Assert.Matches("Before: priority After: exclusive", Cell("new"));
        Assert.Equal(["/matrix/as-of/undated/", "/matrix/as-of/old/", "/matrix/as-of/new/"], TestSite.Links(result, "matrix/index.html", "/matrix/as-of/"));
        Assert.Equal(["/matrix/as-of/undated/", "/matrix/as-of/new/"], TestSite.Links(result, "matrix/as-of/old/index.html", "/matrix/as-of/"));
    }

    [Fact]
    public void A_deal_that_changes_no_cell_has_no_as_of_page_and_the_timeline_says_so()
    {
        var files = ThreeDeals();
        files["input/data/deals/talks.yml"] = "title: Talks\nparties: [microsoft, openai]\nsummary: S.\nannounced: 2024-05-01\n";

        var result = TestSite.Build(files);

        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("matrix/as-of/talks/", StringComparison.Ordinal));
        Assert.Contains("no change to the matrix", TestSite.MainText(result, "timeline/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeline_block_shows_the_deals_inside_an_article()
    {
        var files = ThreeDeals();
        files["input/articles/hello.md"] = TestSite.Article("title: Hello\nsummary: S.\ndate: 2026-01-01\n", "Intro.\n\n::: timeline\n:::\n");

        var result = TestSite.Build(files);

        Expect.Success(result);
        var figure = TestSite.Html(result, "articles/hello/index.html").QuerySelector("main figure.block-timeline")!;
        Assert.Equal(2, figure.QuerySelectorAll("svg circle").Length);
        Assert.Equal("block-1-timeline-title", figure.QuerySelector("svg")!.GetAttribute("aria-labelledby"));
    }
}
