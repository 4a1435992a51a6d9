using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>Links in matrix cells and the search page's filter boxes are large enough to hit with a finger, or far
/// enough apart (WCAG 2.5.8, which Lighthouse's accessibility score checks as `target-size`).</summary>
[Collection(BrowserCollection.Name)]
public sealed class TargetSizeTests(SiteFixture fixture)
{
    public static TheoryData<string, int> PagesWithMatrixCells { get; } = new()
    {
        { "matrix", 375 }, { "matrix", 1280 }, { "matrix-as-of", 375 }, { "matrix-as-of", 1280 },
        { "home", 375 }, { "home", 1280 }, { "company", 375 }, { "company", 1280 }, { "deal", 375 }, { "article", 375 },
    };

    [Theory(Timeout = 90_000)]
    [MemberData(nameof(PagesWithMatrixCells))]
    public async Task Every_link_in_a_matrix_cell_is_24_px_or_spaced_from_other_targets(string name, int width)
    {
        var type = fixture.PageOfType(name);
        await using var observed = await fixture.OpenAsync(width, width < 600 ? 812 : 900);
        await observed.GotoAsync(type.Path, type.Status);

        var (count, failures) = await TargetSpacing.MeasureAsync(observed.Page, "table.matrix a");

        Assert.True(count > 0 || name is "deal" or "article", $"{type.Path} shows no link in a matrix cell");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} links in matrix cells on {type.Path} at {width} px are too small and too close:\n"
            + string.Join('\n', failures.Take(8)));
    }

    [Theory(Timeout = 90_000)]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task Every_search_filter_box_and_label_is_24_px_or_spaced_from_other_targets(int width)
    {
        Assert.True(fixture.SearchIndexProblem is null, fixture.SearchIndexProblem);
        await using var observed = await fixture.OpenAsync(width, width < 600 ? 812 : 900);
        await observed.GotoAsync("/search/?q=exclusivity");
        await Assertions.Expect(observed.Page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await observed.Page.Locator("#search-filters summary").ClickAsync();
        await Assertions.Expect(observed.Page.Locator("#search-filters input[type=checkbox]").First).ToBeVisibleAsync();

        var (count, failures) = await TargetSpacing.MeasureAsync(observed.Page, "#search-filters input, #search-filters label, #search-filters summary");

        Assert.True(count > 0, "the search page shows no filter");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} search filter targets at {width} px are too small and too close:\n"
            + string.Join('\n', failures.Take(8)));
    }

    [Theory(Timeout = 90_000)]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Dark)]
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    public async Task Matrix_cells_and_search_filters_are_photographed_for_review(int width, ColorScheme scheme)
    {
        Directory.CreateDirectory(SiteFixture.ScreenshotDirectory);
        var suffix = $"{width}{(scheme == ColorScheme.Dark ? "-dark" : "")}.png";
        await using var observed = await fixture.OpenAsync(width, width < 600 ? 812 : 900, scheme);

        await observed.GotoAsync("/matrix/");
        await observed.Page.Locator("table.matrix").First.ScrollIntoViewIfNeededAsync();
        await observed.Page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotDirectory, "matrix-cells-" + suffix) });

        await observed.GotoAsync("/search/?q=exclusivity");
        await Assertions.Expect(observed.Page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await observed.Page.Locator("#search-filters summary").ClickAsync();
        await observed.Page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotDirectory, "search-filters-" + suffix) });
        Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));
    }
}
