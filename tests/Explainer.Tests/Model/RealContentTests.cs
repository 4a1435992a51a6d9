using System.Text.Json;

namespace Explainer.Tests.Model;

/// <summary>The rules for facts, checked on the repository's real site: every fact cited to a claim,
/// corroborated by two publishers or marked single-source, and the landscape as wide as promised.</summary>
public sealed class RealContentTests
{
    private static JsonElement Export => JsonDocument.Parse(TestSite.File(RepositorySite.Build(), "data/explainer.json").Bytes).RootElement;

    private static IEnumerable<JsonElement> Deals => Export.GetProperty("deals").EnumerateArray();

    private static IEnumerable<string> Strings(JsonElement element, string name) =>
        element.GetProperty(name).EnumerateArray().Select(e => e.GetString()!);

    [Fact]
    public void The_matrix_covers_at_least_five_labs_and_five_clouds()
    {
        var cells = Deals.SelectMany(d => d.GetProperty("access").EnumerateArray()).ToList();

        Assert.True(cells.Select(c => c.GetProperty("lab").GetString()).Distinct().Count() >= 5, "fewer than five labs have a known cell");
        Assert.True(cells.Select(c => c.GetProperty("cloud").GetString()).Distinct().Count() >= 5, "fewer than five clouds have a known cell");
        var matrix = TestSite.Html(RepositorySite.Build(), "matrix/index.html").QuerySelector("table.matrix")!;
        Assert.True(matrix.QuerySelectorAll("tbody tr").Length >= 5);
        Assert.True(matrix.QuerySelectorAll("thead th").Length >= 6);
    }

    [Fact]
    public void At_least_ten_deals_are_dated_and_every_date_is_cited()
    {
        var dated = Deals.Where(d => d.GetProperty("announced").ValueKind == JsonValueKind.String).ToList();

        Assert.True(dated.Count >= 10, $"only {dated.Count} dated deals");
        Assert.All(dated, d => Assert.NotEmpty(Strings(d, "announced_sources")));
    }

    [Fact]
    public void Every_deal_has_a_kind()
    {
        Assert.All(Deals, d => Assert.Equal(JsonValueKind.String, d.GetProperty("kind").ValueKind));
    }

    [Fact]
    public void Every_source_has_the_address_of_its_page()
    {
        Assert.All(Export.GetProperty("sources").EnumerateArray(), s =>
            Assert.StartsWith("https://", s.GetProperty("url").GetString() ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_term_figure_and_access_change_cites_a_claim_of_a_source()
    {
        var uncited = new List<string>();
        foreach (var deal in Deals)
        {
            var id = deal.GetProperty("id").GetString();
            foreach (var (section, key) in new[] { ("terms", "id"), ("figures", "id"), ("access", "cloud") })
            {
                foreach (var item in deal.GetProperty(section).EnumerateArray())
                {
                    var cites = Strings(item, "sources").ToList();
                    if (cites.Count == 0 || cites.Any(c => !c.Contains('#')))
                    {
                        uncited.Add($"{id} {section} {item.GetProperty(key).GetString()}: [{string.Join(", ", cites)}]");
                    }
                }
            }
        }

        Assert.True(uncited.Count == 0, "cited without naming a claim:\n" + string.Join("\n", uncited));
    }

    [Fact]
    public void Every_fact_on_a_deal_page_has_two_publishers_or_says_single_source()
    {
        var site = RepositorySite.Build();
        foreach (var deal in Deals.Select(d => d.GetProperty("id").GetString()))
        {
            var page = TestSite.Html(site, $"deals/{deal}/index.html");
            var cells = page.QuerySelectorAll("td.term-source, td.figure-source, .cell-cite").ToList();
            Assert.NotEmpty(cells);
            foreach (var cell in cells)
            {
                var publishers = cell.QuerySelectorAll("a.cite").Select(a => a.TextContent.Split(',')[0]).Distinct().Count();
                Assert.True(publishers >= 2 || cell.TextContent.Contains("single source", StringComparison.Ordinal),
                    $"deals/{deal}: '{TestSite.Collapse(cell.TextContent)}' has {publishers} publisher(s) and no single-source mark");
                Assert.DoesNotContain("not cited", cell.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_claim_that_revenue_sharing_ended_both_ways_is_gone()
    {
        var site = RepositorySite.Build();
        var pages = site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && !f.Path.StartsWith("sources/", StringComparison.Ordinal));

        Assert.All(pages, f => Assert.DoesNotContain("No revenue is shared", System.Text.Encoding.UTF8.GetString(f.Bytes), StringComparison.Ordinal));
        var reset = TestSite.MainText(site, "deals/microsoft-openai-reset/index.html");
        Assert.Contains("Continues through 2030", reset, StringComparison.Ordinal);
    }

    [Fact]
    public void The_home_page_leads_with_the_deal_site_yml_names_and_shows_the_reading_order()
    {
        var site = RepositorySite.Build();
        var home = TestSite.Html(site, "index.html");

        Assert.Contains("/deals/microsoft-openai-reset/", home.QuerySelector(".hero")!.InnerHtml, StringComparison.Ordinal);
        var ordered = Export.GetProperty("articles").EnumerateArray().Count();
        var startHere = home.QuerySelectorAll("section[aria-labelledby='start-heading'] .card-title a").Select(a => a.GetAttribute("href")).ToList();
        Assert.True(startHere.Count >= 5 && startHere.Count <= ordered);
        Assert.Equal("/articles/the-landscape/", startHere[0]);
    }

    [Fact]
    public void No_deal_comparison_is_embedded_in_more_than_one_article()
    {
        var articles = Directory.EnumerateFiles(Path.Combine(TestSite.RepositoryRoot, "input", "articles"), "*.md");
        var compares = articles.SelectMany(File.ReadLines).Where(l => l.StartsWith("::: compare ", StringComparison.Ordinal));

        Assert.All(compares.GroupBy(l => l.Trim()), g => Assert.Single(g));
    }
}
