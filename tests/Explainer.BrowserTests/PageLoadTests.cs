using Microsoft.Playwright;

namespace Explainer.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(SiteFixture fixture)
{
    [Theory(Timeout = 60_000)]
    [MemberData(nameof(PageType.All), MemberType = typeof(PageType))]
    public async Task Every_page_type_loads_without_console_errors_or_failed_requests(string name)
    {
        var type = fixture.PageOfType(name);
        await using var observed = await fixture.OpenAsync();

        await observed.GotoAsync(type.Path, type.Status);
        await observed.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(observed.Problems.Count == 0, $"{type.Path}:\n{string.Join('\n', observed.Problems)}");
        Assert.False(string.IsNullOrWhiteSpace(await observed.Page.TitleAsync()), $"{type.Path} has no title");
        await Assertions.Expect(observed.Page.Locator("main h1")).ToHaveCountAsync(1);
    }

    [Fact(Timeout = 60_000)]
    public async Task An_unknown_path_shows_the_404_page_with_a_way_home()
    {
        await using var observed = await fixture.OpenAsync();

        await observed.GotoAsync("/no-such-page/", 404);

        await Assertions.Expect(observed.Page.Locator("main h1")).ToContainTextAsync("not found", new() { IgnoreCase = true });
        await Assertions.Expect(observed.Page.Locator("a[href='/']").First).ToBeVisibleAsync();
    }
}
