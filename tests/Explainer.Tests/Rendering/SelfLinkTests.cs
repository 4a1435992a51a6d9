namespace Explainer.Tests.Rendering;

/// <summary>A link to every fact: term rows, matrix cells and claims have ids and visible "#" links, unique on the page.</summary>
public sealed class SelfLinkTests
{
    [Fact]
    public void A_term_row_has_the_id_term_and_its_id_and_a_link_to_itself()
    {
        var row = TestSite.Html(TestSite.Build(TestSite.Minimal()), "deals/reset/index.html").QuerySelector("table.compare tbody tr")!;

        Assert.Equal("term-revenue-share", row.Id);
        Assert.Equal("#term-revenue-share", row.QuerySelector("a.self-link")!.GetAttribute("href"));
    }

    [Fact]
    public void A_matrix_cell_has_the_id_cell_lab_cloud_and_a_link_to_itself()
    {
        var cell = TestSite.Html(TestSite.Build(TestSite.Minimal()), "matrix/index.html").QuerySelector("table.matrix td")!;

        Assert.Equal("cell-openai-azure", cell.Id);
        Assert.Equal("#cell-openai-azure", cell.QuerySelector("a.self-link")!.GetAttribute("href"));
    }

    [Fact]
    public void The_same_deal_and_matrix_embedded_twice_in_one_article_get_different_ids()
    {
        var result = TestSite.Build(TestSite.WithBody("::: compare reset\n:::\n\n::: compare reset\n:::\n\n::: matrix\n:::\n\n::: matrix openai\n:::\n"));

        Expect.Success(result);
        var document = TestSite.Html(result, "articles/hello/index.html");
        var ids = document.QuerySelectorAll("table.compare tbody tr, table.matrix td").Select(e => e.Id).ToList();
        Assert.Equal(["block-1-term-revenue-share", "block-2-term-revenue-share", "block-3-cell-openai-azure", "block-4-cell-openai-azure"], ids);
    }

    [Fact]
    public void Every_page_of_the_real_site_has_unique_ids_and_every_self_link_points_at_an_id_on_its_page()
    {
        var result = RepositorySite.Build();
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = TestSite.Html(result, file.Path);
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            var duplicates = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(duplicates.Count == 0, $"{file.Path} has the ids {string.Join(", ", duplicates)} more than once");

            foreach (var fact in document.QuerySelectorAll("table.compare tbody tr, table.matrix td, ol.reports > li"))
            {
                Assert.False(string.IsNullOrEmpty(fact.Id), $"{file.Path}: a term, cell or claim without an id");
                Assert.Equal($"#{fact.Id}", fact.QuerySelector("a.self-link")?.GetAttribute("href"));
            }
        }
    }
}
