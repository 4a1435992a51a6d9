namespace Explainer.Tests.Model;

public sealed class MatrixTests
{
    private static Dictionary<string, string> TwoLabsTwoClouds()
    {
        var files = TestSite.Minimal();
        files["input/data/companies/anthropic.yml"] = "name: Anthropic\nroles: [lab]\nsummary: Another lab.\n";
        files["input/data/companies/amazon.yml"] = "name: Amazon\nroles: [cloud]\nsummary: A cloud operator.\n";
        files["input/data/clouds/aws.yml"] = "name: AWS\noperator: amazon\n";
        return files;
    }

    private static string Deal(string slug, string? announced, string lab, string cloud, string before, string after) =>
        $"title: Deal {slug}\nparties: [microsoft, {lab}]\nsummary: S.\n" + (announced is null ? "" : $"announced: {announced}\n")
        + $"access:\n  - lab: {lab}\n    cloud: {cloud}\n    before: {before}\n    after: {after}\n";

    [Fact]
    public void Pair_that_no_deal_mentions_shows_unknown()
    {
        var result = TestSite.Build(TwoLabsTwoClouds());

        Expect.Success(result);
        var cells = Cells(result, "matrix/index.html");
        Assert.Matches("^unknown\\b", cells[("Anthropic", "AWS")]);
        Assert.Matches("^unknown\\b", cells[("Anthropic", "Microsoft Azure")]);
        Assert.Matches("^unknown\\b", cells[("OpenAI", "AWS")]);
        Assert.Matches("exclusive.*priority", cells[("OpenAI", "Microsoft Azure")]);
        Assert.DoesNotContain("priority", cells[("OpenAI", "AWS")]);
    }

    [Fact]
    public void Rows_are_labs_and_columns_are_clouds_with_the_most_known_cells_first_then_by_name()
    {
        var files = TwoLabsTwoClouds();
        files["input/data/companies/mistral.yml"] = "name: Mistral\nroles: [lab]\nsummary: A lab.\n";
        files["input/data/clouds/zeta.yml"] = "name: Zeta Cloud\noperator: amazon\n";

        var result = TestSite.Build(files);

        var table = TestSite.Html(result, "matrix/index.html").QuerySelector("table.matrix")!;
        Assert.Equal(["Lab", "Microsoft Azure", "AWS", "Zeta Cloud"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["OpenAI", "Anthropic", "Mistral"], table.QuerySelectorAll("tbody th").Select(th => th.TextContent));
    }

    [Fact]
    public void Latest_deal_wins_a_cell_and_shows_what_it_was_before()
    {
        var files = TwoLabsTwoClouds();
        files["input/data/deals/old.yml"] = Deal("old", "2024-01-10", "anthropic", "aws", "unknown", "priority");
        files["input/data/deals/new.yml"] = Deal("new", "2025-06-01", "anthropic", "aws", "priority", "exclusive");
        files["input/data/deals/undated.yml"] = Deal("undated", null, "anthropic", "aws", "restricted", "available");

        var result = TestSite.Build(files);

        Expect.Success(result);
        var cell = Cell(result, "matrix/index.html", "Anthropic", "AWS");
        Assert.Matches("priority.*exclusive", TestSite.Collapse(cell.TextContent));
        Assert.DoesNotContain("available", cell.TextContent);
        Assert.Equal(["/deals/new/"], cell.QuerySelectorAll("a[href^='/deals/']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Deal_page_shows_the_matrix_restricted_to_that_deal()
    {
        var files = TwoLabsTwoClouds();
        files["input/data/deals/new.yml"] = Deal("new", "2025-06-01", "anthropic", "aws", "priority", "exclusive");

        var result = TestSite.Build(files);

        var table = TestSite.Html(result, "deals/new/index.html").QuerySelector("table.matrix")!;
        Assert.Equal(["Anthropic"], table.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal(["Lab", "AWS"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void Cell_cites_its_source()
    {
        var result = TestSite.Build(TestSite.Minimal());

        var cell = Cell(result, "matrix/index.html", "OpenAI", "Microsoft Azure");
        Assert.NotNull(cell.QuerySelector("a[href='/sources/report/']"));
    }

    [Fact]
    public void Home_page_shows_the_part_of_the_matrix_the_headline_deal_changed()
    {
        var files = TwoLabsTwoClouds();
        files["input/data/deals/new.yml"] = Deal("new", "2099-06-01", "anthropic", "aws", "restricted", "available");

        var result = TestSite.Build(files);

        var table = TestSite.Html(result, "index.html").QuerySelector("table.matrix")!;
        Assert.Equal(["Lab", "AWS"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["Anthropic"], table.QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal(["Anthropic", "OpenAI"], TestSite.Html(result, "matrix/index.html").QuerySelector("table.matrix")!.QuerySelectorAll("tbody th").Select(th => th.TextContent));
    }

    [Fact]
    public void Home_page_without_deals_links_to_the_matrix_instead()
    {
        var files = TestSite.Minimal();
        files.Remove("input/data/deals/reset.yml");
        files[TestSite.ArticlePath] = TestSite.Article(TestSite.HelloFrontMatter.Replace("deals: [reset]\n", ""));

        var result = TestSite.Build(files);

        Expect.Success(result);
        var home = TestSite.Html(result, "index.html");
        Assert.Null(home.QuerySelector("table.matrix"));
        Assert.NotNull(home.QuerySelector("a[href='/matrix/']"));
    }

    private static AngleSharp.Dom.IElement Cell(BuildResult result, string page, string lab, string cloud)
    {
        var table = TestSite.Html(result, page).QuerySelector("table.matrix")!;
        var column = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList().IndexOf(cloud);
        var row = table.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent == lab);
        return row.Children[column];
    }

    private static Dictionary<(string Lab, string Cloud), string> Cells(BuildResult result, string page)
    {
        var table = TestSite.Html(result, page).QuerySelector("table.matrix")!;
        var clouds = table.QuerySelectorAll("thead th").Select(th => th.TextContent).ToList();
        var cells = new Dictionary<(string, string), string>();
        foreach (var row in table.QuerySelectorAll("tbody tr"))
        {
            for (var i = 1; i < row.Children.Length; i++)
            {
                cells[(row.Children[0].TextContent, clouds[i])] = TestSite.Collapse(row.Children[i].TextContent);
            }
        }

        return cells;
    }
}
