using Deque.AxeCore.Playwright;
using Explainer.Sources;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>A long list split over pages, as a reader in Chromium steps through it: the real site with 150 more
/// articles, so <c>/articles/</c> has two pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PaginationBrowserTests(SiteFixture fixture)
{
    private static InputFile[] ManyArticles() => Enumerable.Range(0, 150).Select(i => new InputFile(
        $"input/articles/extra-{i:000}.md",
        System.Text.Encoding.UTF8.GetBytes($"---\ntitle: Extra article {i}\nsummary: One of many.\ndate: 2020-01-{i % 28 + 1:00}\n---\n\nText.\n"))).ToArray();

    [Fact(Timeout = 120_000)]
    public async Task The_next_and_previous_page_links_step_through_a_long_list_by_keyboard_and_have_no_WCAG_violation()
    {
        using var site = BuiltSite.Build(RepositoryRoot.Path, ManyArticles());
        await using var server = await StaticSiteServer.StartAsync(site.Directory);
        foreach (var width in new[] { 1280, 375 })
        {
            await using var observed = await ObservedPage.OpenAsync(fixture.Browser, server.Address, width, 900);
            var page = observed.Page;
            await observed.GotoAsync("/articles/");

            var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages of articles" });
            await Assertions.Expect(navigation).ToContainTextAsync("Page 1 of 2");
            var next = navigation.GetByRole(AriaRole.Link, new() { Name = "Next page" });
            await next.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/page/2/$"));
            await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Articles, page 2 of 2 · "));
            var result = await page.RunAxe(AccessibilityTests.Wcag21AA);
            Assert.True(result.Violations.Length == 0, $"/articles/page/2/ at {width} px:\n{AccessibilityTests.Describe(result.Violations)}");

            await navigation.GetByRole(AriaRole.Link, new() { Name = "Previous page" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/$"));
            Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));
        }
    }
}
