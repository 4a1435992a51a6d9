using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>The search page queries the Pagefind index that the fixture builds, as the production build does.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(SiteFixture fixture)
{
    [Fact(Timeout = 60_000)]
    public async Task Searching_for_exclusivity_finds_the_deal()
    {
        Assert.True(fixture.SearchIndexProblem is null, fixture.SearchIndexProblem);
        // The headline deal of the real site speaks of exclusivity; the first deal by name may not.
        var deal = "/deals/microsoft-openai-reset/";
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync("/search/");

        var box = observed.Page.GetByRole(AriaRole.Searchbox);
        await box.FillAsync("exclusivity");
        await box.PressAsync("Enter");

        // Many pages speak of exclusivity: show further pages of results until the deal is among them.
        var result = observed.Page.Locator($"main a[href^='{deal}']");
        var more = observed.Page.GetByRole(AriaRole.Button, new() { Name = "Show more results" });
        await Assertions.Expect(observed.Page.Locator("#search-results li").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        for (var page = 0; page < 20 && await result.CountAsync() == 0 && await more.IsVisibleAsync(); page++)
        {
            await more.ClickAsync();
        }

        await Assertions.Expect(result.First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        Directory.CreateDirectory(SiteFixture.ScreenshotDirectory);
        await observed.Page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotDirectory, "search-results-1280.png"), FullPage = true });
        Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));

        // The results and filters are built by script, so the page-type scan of the empty page does not see them.
        var axe = await observed.Page.RunAxe(AccessibilityTests.Wcag21AA);
        Assert.True(axe.Violations.Length == 0, "search results:\n" + AccessibilityTests.Describe(axe.Violations));
    }
}
