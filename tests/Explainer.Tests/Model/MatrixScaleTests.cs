using System.Text;
using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Tests.Model;

/// <summary>The matrix of a site with many labs and clouds: one page up to <see cref="Matrix.PageCells"/> cells, an
/// index of parts beyond it, and lab and cloud pages that show the known cells and count the rest.</summary>
public sealed class MatrixScaleTests
{
    /// <summary>Labs <c>lab-0000</c>... and clouds <c>cloud-000</c>... (ten to an operator); a deal per twenty labs gives
    /// each the clouds <paramref name="covers"/> names (two cloud operators are its parties, so the timeline stays small).</summary>
    private static Dictionary<string, string> Wide(int labs, int clouds, Func<int, IEnumerable<int>> covers)
    {
        var files = TestSite.Minimal();
        for (var c = 0; c < clouds; c++)
        {
            if (c % 10 == 0)
            {
                files[$"input/data/companies/op-{c / 10:000}.yml"] = $"name: Operator {c / 10:000}\nroles: [cloud]\nsummary: Runs clouds.\n";
            }

            files[$"input/data/clouds/cloud-{c:000}.yml"] = $"name: Cloud {c:000}\noperator: op-{c / 10:000}\n";
        }

        for (var l = 0; l < labs; l++)
        {
            files[$"input/data/companies/lab-{l:0000}.yml"] = $"name: Lab {l:0000}\nroles: [lab]\nsummary: A lab.\n";
        }

        foreach (var group in Enumerable.Range(0, labs).Chunk(20))
        {
            var access = group.SelectMany(l => covers(l).Select(c => $"  - lab: lab-{l:0000}\n    cloud: cloud-{c:000}\n    before: unknown\n    after: available\n")).ToList();
            if (access.Count > 0)
            {
                files[$"input/data/deals/deal-{group[0]:0000}.yml"] = $"title: Deal {group[0]:0000}\nparties: [op-000, microsoft]\nsummary: S.\naccess:\n{string.Concat(access)}";
            }
        }

        return files;
    }

    private static IReadOnlyList<string> Columns(AngleSharp.Dom.IParentNode page) =>
        page.QuerySelector("table.matrix")!.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent).ToList();

    private static IReadOnlyList<string> Rows(AngleSharp.Dom.IParentNode page) =>
        page.QuerySelector("table.matrix")!.QuerySelectorAll("tbody th").Select(th => th.TextContent).ToList();

    [Fact]
    public void Matrix_of_up_to_400_cells_is_one_page_with_every_lab_and_cloud()
    {
        // With the minimal site's OpenAI and Azure: 20 labs by 20 clouds.
        var result = TestSite.Build(Wide(19, 19, l => [l % 19]));

        Expect.Success(result);
        var matrix = TestSite.Html(result, "matrix/index.html");
        Assert.Equal(20, Rows(matrix).Count);
        Assert.Equal(20, Columns(matrix).Count);
        Assert.NotNull(matrix.QuerySelector("input.view-before"));
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("matrix/labs/", StringComparison.Ordinal));
        Assert.Equal(1 + 400, Encoding.UTF8.GetString(TestSite.File(result, "data/matrix.csv").Bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Matrix_over_400_cells_is_an_index_of_parts_that_hold_every_known_cell_within_400_cells_each()
    {
        // 61 labs by 41 clouds; lab n covers clouds n and n + 1 (mod 40), lab 60 none.
        var result = TestSite.Build(Wide(60, 40, l => l == 59 ? [] : [l % 40, (l + 1) % 40]));

        Expect.Success(result);
        var index = TestSite.Html(result, "matrix/index.html");
        Assert.Null(index.QuerySelector("table.matrix"));
        var parts = index.QuerySelectorAll("ol.matrix-parts > li > a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(parts.Count > 1);
        Assert.Equal(parts.Select((_, i) => $"/matrix/labs/{i + 1}/"), parts);
        Assert.Contains("Lab 0059", TestSite.MainText(result, "matrix/index.html"));
        Assert.Contains("1 lab is on no part", TestSite.Collapse(TestSite.MainText(result, "matrix/index.html")));

        var known = new List<(string Lab, string Cloud)>();
        foreach (var part in parts)
        {
            var page = TestSite.Html(result, part.Trim('/') + "/index.html");
            Assert.True(Rows(page).Count * Columns(page).Count <= Matrix.PageCells);
            Assert.NotNull(page.QuerySelector("input.view-after"));
            Assert.NotNull(page.QuerySelector(".legend"));
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            foreach (var cell in page.QuerySelectorAll("td.cell").Where(td => td.QuerySelector("a[href^='/deals/']") is not null))
            {
                known.Add((cell.ParentElement!.QuerySelector("th")!.TextContent, cell.GetAttribute("data-label")!));
            }
        }

        Assert.Equal(59 * 2 + 1, known.Count);
        Assert.Equal(known.Count, known.Distinct().Count());
        Assert.Contains(("Lab 0012", "Cloud 013"), known);
        Assert.Contains(("OpenAI", "Microsoft Azure"), known);
    }

    [Fact]
    public void Lab_page_shows_the_clouds_deals_cover_and_counts_the_unknown_ones()
    {
        var result = TestSite.Build(Wide(30, 30, l => l == 0 ? [3, 7] : []));

        Expect.Success(result);
        var page = TestSite.Html(result, "companies/lab-0000/index.html");
        Assert.Equal(["Cloud 003", "Cloud 007"], Columns(page));
        Assert.Contains("Unknown for 29 other clouds: no deal we track covers them.", TestSite.Collapse(page.QuerySelector(".matrix-others")!.TextContent));
        Assert.NotNull(page.QuerySelector("#cell-lab-0000-cloud-003"));

        var uncovered = TestSite.Collapse(TestSite.MainText(result, "companies/lab-0001/index.html"));
        Assert.Contains("No deal we track covers any of the 31 clouds", uncovered);
    }

    [Fact]
    public void Cloud_operator_page_shows_the_labs_deals_cover_and_names_a_few_unknown_ones()
    {
        var result = TestSite.Build(Wide(4, 10, l => l < 2 ? [5] : []));

        Expect.Success(result);
        var page = TestSite.Html(result, "companies/op-000/index.html");
        var column = page.QuerySelector("section[aria-labelledby='cloud-cloud-005']")!;
        Assert.Equal(["Lab 0000", "Lab 0001"], Rows(column));
        Assert.Equal("Unknown for 3 other labs (OpenAI, Lab 0002, Lab 0003): no deal we track covers them.",
            TestSite.Collapse(column.QuerySelector(".matrix-others")!.TextContent));
    }

    [Fact]
    public void Matrix_block_of_a_matrix_beyond_one_page_links_to_its_index_and_a_lab_block_shows_the_known_cells()
    {
        var files = Wide(30, 30, l => l == 0 ? [4] : []);
        files[TestSite.ArticlePath] = TestSite.Article(TestSite.HelloFrontMatter, "::: matrix\n:::\n\n::: matrix lab-0000\n:::\n");

        var result = TestSite.Build(files);

        Expect.Success(result);
        var blocks = TestSite.Html(result, "articles/hello/index.html").QuerySelectorAll("figure.block-matrix");
        Assert.Null(blocks[0].QuerySelector("table.matrix"));
        Assert.NotNull(blocks[0].QuerySelector("a[href='/matrix/']"));
        Assert.Equal(["Cloud 004"], Columns(blocks[1]));
        Assert.Contains("Unknown for 30 other clouds", blocks[1].QuerySelector(".matrix-others")!.TextContent);
    }

    [Fact]
    public void Matrix_csv_beyond_one_page_lists_only_the_known_cells_with_the_same_columns()
    {
        var result = TestSite.Build(Wide(40, 40, l => [l]));

        var lines = Encoding.UTF8.GetString(TestSite.File(result, "data/matrix.csv").Bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("lab,lab_name,cloud,cloud_name,before,after,deal,deal_announced,sources,license", lines[0]);
        Assert.Equal(1 + 41, lines.Length);
        Assert.Contains("lab-0007,Lab 0007,cloud-007,Cloud 007,unknown,available,deal-0000,,,", lines);
        Assert.DoesNotContain(lines, l => l.Contains(",unknown,unknown,", StringComparison.Ordinal));
    }

    [Fact]
    public void No_matrix_or_company_page_reaches_1_MB_with_a_thousand_labs_and_five_hundred_clouds()
    {
        // The full grid would be 500,000 cells (hundreds of MB on one page); lab 0 covers every cloud.
        var result = TestSite.Build(Wide(1000, 500, l => l == 0 ? Enumerable.Range(0, 500) : [l % 500, (l * 7 + 1) % 500]));

        Expect.Success(result);
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)
            && (f.Path.StartsWith("matrix/", StringComparison.Ordinal) || f.Path.StartsWith("companies/", StringComparison.Ordinal))).ToList();
        Assert.True(pages.Count > 1050);
        var largest = pages.MaxBy(f => f.Bytes.Length)!;
        Assert.True(largest.Bytes.Length < 1_000_000, $"{largest.Path} is {largest.Bytes.Length:N0} bytes");
        Assert.True(TestSite.File(result, "matrix/labs/2/index.html").Bytes.Length > 0);
    }

    [Fact]
    public void Parts_of_ten_thousand_labs_cover_each_known_cell_once_within_the_page_limit()
    {
        var at = SourceLocation.File("x");
        var labs = Enumerable.Range(0, 10_000).Select(i => new Company { Slug = $"lab-{i}", Name = $"Lab {i}", Roles = ["lab"], Summary = "", Sources = [], Location = at }).ToList();
        var clouds = Enumerable.Range(0, 5_000).Select(i => new Cloud { Slug = $"cloud-{i}", Name = $"Cloud {i}", Operator = new Ref("op", at), Location = at }).ToList();
        AccessChange Access(int lab, int cloud) => new()
        {
            Lab = new Ref($"lab-{lab}", at), Cloud = new Ref($"cloud-{cloud}", at), Before = AccessLevel.Unknown, After = AccessLevel.Available, Sources = [], Location = at,
        };
        var deals = Enumerable.Range(0, 10_000).Select(l => new Deal
        {
            Slug = $"deal-{l}", Title = "", Parties = [], Summary = "", Sources = [], Terms = [], Location = at,
            Access = l == 0 ? Enumerable.Range(0, 1_000).Select(c => Access(0, c)).ToList() : l % 3 == 0 ? [] : [Access(l, l % 5_000), Access(l, (l * 13) % 5_000)],
        }).ToList();

        var matrix = Matrix.Build(labs, clouds, deals);
        var parts = matrix.Parts();

        Assert.False(matrix.FitsOnePage);
        Assert.False(matrix.HistoryFits);
        Assert.All(parts, p => Assert.True((long)p.Matrix.Labs.Count * p.Matrix.Clouds.Count <= Matrix.PageCells));
        var shown = parts.SelectMany(p => p.Matrix.Labs.SelectMany(l => p.Matrix.Clouds.Select(c => p.Matrix.Cell(l, c))).Where(c => c.IsKnown)).ToList();
        Assert.Equal(matrix.KnownCount, shown.Count);
        Assert.Equal(shown.Count, shown.Select(c => (c.Lab.Slug, c.Cloud.Slug)).Distinct().Count());
        Assert.Equal(3, parts.Count(p => p.Labs.Contains(labs[0])));
        var row = matrix.ForLab(labs[0]);
        Assert.Equal(1_000, row.Clouds.Count);
        Assert.Equal(4_000, row.Others!.Count);
    }
}
