using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>The search page builds its filters and results by script; nothing a reader sees may move while it does
/// (cumulative layout shift, which Lighthouse's performance score weighs).</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutShiftTests(SiteFixture fixture)
{
    private const double MostShift = 0.01;

    // Installed before the page's own scripts, so every shift from the first paint on is counted.
    private const string Recorder = """
        window.layoutShifts = [];
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) {
            if (entry.hadRecentInput) continue;
            const moved = entry.sources.map(s => s.node ? (s.node.id || s.node.className || s.node.nodeName) : "?");
            window.layoutShifts.push({ value: entry.value, moved: moved.join(", ") });
          }
        }).observe({ type: "layout-shift", buffered: true });
        """;

    [Theory(Timeout = 90_000)]
    [InlineData("/search/?q=exclusivity", 375)]
    [InlineData("/search/?q=exclusivity", 1280)]
    [InlineData("/search/", 375)]
    [InlineData("/search/", 1280)]
    public async Task The_search_page_does_not_move_while_its_script_builds_filters_and_results(string path, int width)
    {
        Assert.True(fixture.SearchIndexProblem is null, fixture.SearchIndexProblem);
        await using var observed = await fixture.OpenAsync(width, width < 600 ? 812 : 900);
        await observed.Page.AddInitScriptAsync(Recorder);
        await observed.GotoAsync(path);

        await observed.Page.Locator("#search-filters input[type=checkbox]").First.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        if (path.Contains("?q=", StringComparison.Ordinal))
        {
            await Assertions.Expect(observed.Page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        }

        await observed.Page.WaitForTimeoutAsync(1_000);
        var shifts = await observed.Page.EvaluateAsync<Shift[]>("() => window.layoutShifts");
        var total = shifts.Sum(s => s.Value);

        Assert.True(total <= MostShift, $"{path} at {width} px shifted by {total:0.000} (at most {MostShift}):\n"
            + string.Join('\n', shifts.Select(s => $"{s.Value:0.0000}: {s.Moved}")));
        Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));
    }

    private sealed class Shift
    {
        public double Value { get; set; }

        public string Moved { get; set; } = "";
    }
}
