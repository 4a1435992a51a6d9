using System.Text.Json;

namespace Explainer.Tests.Data;

/// <summary>Claims with ids, citations of exact claims, corroboration marks, figures and deal kinds.</summary>
public sealed class CitationTests
{
    private const string DealPath = "input/data/deals/reset.yml";

    private const string Wire = """
        title: A wire report
        publisher: Wire
        published: 2026-04-28
        url: https://wire.example/reset
        reports:
          - id: no-revenue-share
            text: Microsoft stops paying a revenue share.
          - id: date
            text: The companies announced the change on 27 April 2026.
        """;

    private const string Paper = """
        title: A newspaper report
        publisher: Paper
        published: 2026-04-27
        reports:
          - id: microsoft-stops
            text: Microsoft no longer pays OpenAI part of its revenue.
        """;

    private static Dictionary<string, string> Site(string deal)
    {
        var files = TestSite.With("seeds/wire.yml", Wire);
        files["seeds/paper.yml"] = Paper;
        files[DealPath] = deal;
        return files;
    }

    private static string Deal(string citations, string sources = "[wire, paper]", string extra = "") => $"""
        title: The reset
        parties: [microsoft, openai]
        summary: Terms changed.
        sources: {sources}
        {extra}terms:
          - id: revenue-share
            label: Revenue share paid by Microsoft
            before: Paid
            sources: {citations}

        """;

    [Fact]
    public void Citation_of_a_claim_links_to_that_claim_on_the_source_page()
    {
        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]")));

        Expect.Success(result);
        var link = TestSite.Html(result, "deals/reset/index.html").QuerySelector("table.compare tbody a.cite")!;
        Assert.Equal("/sources/wire/#claim-no-revenue-share", link.GetAttribute("href"));
        var source = TestSite.Html(result, "sources/wire/index.html");
        var claim = source.GetElementById("claim-no-revenue-share")!;
        Assert.Contains("Microsoft stops paying a revenue share.", claim.TextContent);
        Assert.Equal("#claim-no-revenue-share", claim.QuerySelector("a.self-link")!.GetAttribute("href"));
        Assert.Contains("Cited by The reset", TestSite.Collapse(claim.TextContent));
    }

    [Fact]
    public void A_fact_one_publisher_reports_is_marked_single_source_and_two_publishers_are_not()
    {
        var single = TestSite.Build(Site(Deal("[wire#no-revenue-share]")));
        var corroborated = TestSite.Build(Site(Deal("[wire#no-revenue-share, paper#microsoft-stops]")));

        Expect.Success(single);
        Expect.Success(corroborated);
        Assert.Contains("Wire single source", TestSite.MainText(single, "deals/reset/index.html"));
        var text = TestSite.MainText(corroborated, "deals/reset/index.html");
        Assert.Contains("Wire, Paper", text);
        Assert.DoesNotContain("single source", text.Replace("marked \"single source\"", ""));
    }

    [Fact]
    public void Two_claims_of_one_publisher_are_still_a_single_source()
    {
        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share, wire#date]")));

        Expect.Success(result);
        Assert.Contains("single source", TestSite.Html(result, "deals/reset/index.html").QuerySelector("table.compare tbody")!.TextContent);
    }

    [Fact]
    public void A_claim_the_source_does_not_have_is_an_error_with_a_suggestion()
    {
        var result = TestSite.Build(Site(Deal("[wire#no-revenue-shar]")));

        Expect.Errors(result,
            "input/data/deals/reset.yml(9,15): error EX0127: source 'wire' has no claim 'no-revenue-shar'\n  hint: did you mean 'no-revenue-share'?");
    }

    [Fact]
    public void A_cited_source_the_deal_does_not_list_is_an_error()
    {
        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share, paper#microsoft-stops]", sources: "[wire]")));

        Expect.Errors(result,
            "input/data/deals/reset.yml(9,38): error EX0128: deal 'reset' cites 'paper' but does not list it in 'sources'\n  hint: add paper to the deal's 'sources'");
    }

    [Fact]
    public void A_deal_announced_after_a_source_that_states_its_date_is_an_error()
    {
        var extra = "announced: 2026-04-29\nannounced_sources: [wire#date]\n";

        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: extra)));

        Expect.Errors(result,
            "input/data/deals/reset.yml(6,21): error EX0129: deal 'reset' is announced on 2026-04-29, but 'wire', which states that date, was published on 2026-04-28\n"
            + "  hint: a source cannot report a deal made after it was published: check the deal's 'announced' and the source's 'published'");
    }

    [Fact]
    public void The_announcement_date_shows_its_sources()
    {
        var extra = "announced: 2026-04-27\nannounced_sources: [wire#date, paper]\n";

        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: extra)));

        Expect.Success(result);
        Assert.Equal("27 April 2026 Wire, Paper", Fact(result, "deals/reset/index.html", "Announced"));
    }

    [Fact]
    public void Two_claims_with_one_id_are_an_error()
    {
        var result = TestSite.Build(TestSite.With("seeds/report.yml",
            "title: A report\npublisher: Example News\nreports:\n  - id: a\n    text: One.\n  - id: a\n    text: Two.\n"));

        Expect.Errors(result,
            "seeds/report.yml(6,5): error EX0131: two claims of this source have the id 'a'\n  hint: give each claim its own id: citations name it as <source>#<id>");
    }

    [Fact]
    public void A_plain_text_claim_is_numbered()
    {
        var files = TestSite.Minimal();
        files[DealPath] = files[DealPath].Replace("source: report\n", "sources: [report#1]\n");

        var result = TestSite.Build(files);

        Expect.Success(result);
        Assert.NotNull(TestSite.Html(result, "sources/report/index.html").GetElementById("claim-1"));
        Assert.Contains("/sources/report/#claim-1", TestSite.Links(result, "deals/reset/index.html", "/sources/"));
    }

    [Theory]
    [InlineData("value: 1\n    scale: billion\n    unit: USD\n", "$1 billion")]
    [InlineData("value: 13\n    scale: billion\n    unit: USD\n    qualifier: more than\n", "more than $13 billion")]
    [InlineData("value: 15\n    scale: million\n    unit: EUR\n", "€15 million")]
    [InlineData("value: 4.5\n    unit: GW\n", "4.5 GW")]
    [InlineData("value: 27\n    unit: percent\n    qualifier: about\n", "about 27%")]
    [InlineData("value: 2032\n    unit: year\n", "2032")]
    [InlineData("value: 7\n    unit: years\n", "7 years")]
    [InlineData("value: 1000000\n    unit: chips\n    qualifier: up to\n", "up to 1,000,000 chips")]
    public void Figures_are_formatted_one_way(string figure, string shown)
    {
        var extra = $"figures:\n  - id: f\n    label: The figure\n    {figure}    sources: [wire#no-revenue-share]\n";

        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: extra)));

        Expect.Success(result);
        var row = TestSite.Html(result, "deals/reset/index.html").QuerySelector("table.figures tbody tr")!;
        Assert.Equal($"The figure {shown} Wire single source", TestSite.Collapse(row.TextContent));
        var exported = JsonDocument.Parse(TestSite.File(result, "data/explainer.json").Bytes).RootElement
            .GetProperty("deals")[0].GetProperty("figures")[0];
        Assert.Equal(shown, exported.GetProperty("display").GetString());
    }

    [Fact]
    public void Figures_that_reports_disagree_on_are_shown_together()
    {
        var extra = "figures:\n"
            + "  - id: by-wire\n    label: Investment\n    value: 3\n    scale: billion\n    unit: USD\n    sources: [wire#no-revenue-share]\n"
            + "  - id: by-paper\n    label: Investment\n    value: 2.9\n    scale: billion\n    unit: USD\n    sources: [paper#microsoft-stops]\n";

        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: extra)));

        Expect.Success(result);
        var rows = TestSite.Html(result, "deals/reset/index.html").QuerySelectorAll("table.figures tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Equal("Investment reports differ $3 billion Wire single source", TestSite.Collapse(rows[0].TextContent));
        Assert.Equal("$2.9 billion Paper single source", TestSite.Collapse(rows[1].TextContent));
    }

    [Fact]
    public void A_figure_without_a_unit_is_an_error()
    {
        var extra = "figures:\n  - id: f\n    label: The figure\n    value: 3\n";

        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: extra)));

        Expect.Errors(result,
            "input/data/deals/reset.yml(6,5): error EX0110: figure 'f' has no unit\n  hint: add 'unit:' with one of: USD, EUR, GBP, GW, MW, percent, years, year, chips, GPUs");
    }

    [Fact]
    public void A_figure_value_that_is_not_a_number_is_an_error()
    {
        var extra = "figures:\n  - id: f\n    label: The figure\n    value: $3bn\n    unit: USD\n";

        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: extra)));

        Expect.Errors(result,
            "input/data/deals/reset.yml(8,12): error EX0111: 'value' must be a number, not '$3bn'\n"
            + "  hint: write digits with an optional decimal point, such as 13 or 4.5, and put the unit in 'unit' and 'scale'");
    }

    [Fact]
    public void An_unknown_deal_kind_is_an_error_with_a_suggestion()
    {
        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: "kind: investmnet\n")));

        Expect.Errors(result, "input/data/deals/reset.yml(5,7): error EX0113: 'investmnet' is not a deal kind\n  hint: did you mean 'investment'? kinds are: investment, compute, partnership, restructuring");
    }

    [Fact]
    public void The_deal_kind_shows_on_the_deal_and_the_deals_list()
    {
        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: "kind: restructuring\n")));

        Expect.Success(result);
        Assert.StartsWith("Deal · restructuring", TestSite.MainText(result, "deals/reset/index.html"));
        Assert.Contains("restructuring", TestSite.MainText(result, "deals/index.html"));
    }

    [Fact]
    public void Updated_dates_show_on_deal_company_and_source_pages()
    {
        var files = Site(Deal("[wire#no-revenue-share]", extra: "announced: 2026-04-27\nupdated: 2026-11-30\n"));
        files["input/data/companies/openai.yml"] += "updated: 2026-11-29\n";
        files["seeds/wire.yml"] += "\nupdated: 2026-11-28\n";

        var result = TestSite.Build(files);

        Expect.Success(result);
        Assert.Equal("30 November 2026", Fact(result, "deals/reset/index.html", "Updated"));
        Assert.Contains("Updated 29 November 2026", TestSite.MainText(result, "companies/openai/index.html"));
        Assert.Equal("28 November 2026", Fact(result, "sources/wire/index.html", "Record updated"));
    }

    [Fact]
    public void An_undated_deal_says_no_source_gives_the_date()
    {
        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]")));

        Expect.Success(result);
        Assert.Equal("No source gives the date", Fact(result, "deals/reset/index.html", "Announced"));
    }

    [Fact]
    public void A_deal_the_sources_date_only_to_the_month_shows_the_month()
    {
        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: "announced: 2026-04\nannounced_sources: [wire#date]\n")));

        Expect.Success(result);
        Assert.Equal("April 2026 Wire single source", Fact(result, "deals/reset/index.html", "Announced"));
        Assert.Equal("2026-04", TestSite.Html(result, "deals/reset/index.html").QuerySelector("dl.facts time")!.GetAttribute("datetime"));
        var exported = JsonDocument.Parse(TestSite.File(result, "data/explainer.json").Bytes).RootElement.GetProperty("deals")[0];
        Assert.Equal("2026-04", exported.GetProperty("announced").GetString());
    }

    [Fact]
    public void A_month_after_the_source_that_dates_it_is_an_error()
    {
        var result = TestSite.Build(Site(Deal("[wire#no-revenue-share]", extra: "announced: 2026-05\nannounced_sources: [wire#date]\n")));

        Expect.Errors(result,
            "input/data/deals/reset.yml(6,21): error EX0129: deal 'reset' is announced in 2026-05, but 'wire', which states that date, was published on 2026-04-28\n"
            + "  hint: a source cannot report a deal made after it was published: check the deal's 'announced' and the source's 'published'");
    }

    /// <summary>The value of one entry of a page's facts list (dt/dd).</summary>
    private static string Fact(BuildResult result, string page, string name) =>
        TestSite.Collapse(TestSite.Html(result, page).QuerySelectorAll("dl.facts > div")
            .Single(d => d.QuerySelector("dt")!.TextContent == name).QuerySelector("dd")!.TextContent);
}
