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

    [Fact(Timeout = 60_000)]
    public async Task The_site_declares_an_icon_that_loads_so_browsers_do_not_ask_for_a_missing_favicon()
    {
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync("/");

        var link = observed.Page.Locator("head link[rel~='icon']");
        Assert.True(await link.CountAsync() > 0, "the page declares no icon: browsers then request /favicon.ico, which does not exist");
        var href = await link.First.GetAttributeAsync("href") ?? "";
        var icon = await observed.Page.APIRequest.GetAsync(href);
        Assert.True(icon.Status == 200, $"the icon {href} answered {icon.Status}");
    }
}
