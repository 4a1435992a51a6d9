using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>The matrix page's Before / After / Both switch (theme/partials/matrix-switch.html): a radio group
/// that shows the levels before a deal, after it, or both, operated by mouse and by keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MatrixSwitchTests(SiteFixture fixture)
{
    [Fact(Timeout = 60_000)]
    public async Task Clicking_the_switch_shows_only_before_only_after_or_both()
    {
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync("/matrix/");
        var view = observed.Page.Locator(".matrix-view").First;
        await ExpectShowingAsync(view, before: true, after: true);

        await view.GetByText("Before", new() { Exact = true }).ClickAsync();
        await ExpectShowingAsync(view, before: true, after: false);

        await view.GetByText("After", new() { Exact = true }).ClickAsync();
        await ExpectShowingAsync(view, before: false, after: true);

        await view.GetByText("Before and after", new() { Exact = true }).ClickAsync();
        await ExpectShowingAsync(view, before: true, after: true);
        Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_switch_is_reached_with_Tab_shows_focus_and_changes_with_the_arrow_keys()
    {
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync("/matrix/");
        var view = observed.Page.Locator(".matrix-view").First;
        var both = view.GetByRole(AriaRole.Radio, new() { Name = "Before and after", Exact = true });

        await TabUntilFocusedAsync(observed.Page, both);
        var outline = await both.EvaluateAsync<string>("r => getComputedStyle(document.querySelector(`label[for='${r.id}']`)).outlineStyle");
        Assert.True(outline != "none", "the focused switch option shows no focus outline");

        await observed.Page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(view.GetByRole(AriaRole.Radio, new() { Name = "Before", Exact = true })).ToBeCheckedAsync();
        await ExpectShowingAsync(view, before: true, after: false);

        await observed.Page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(view.GetByRole(AriaRole.Radio, new() { Name = "After", Exact = true })).ToBeCheckedAsync();
        await ExpectShowingAsync(view, before: false, after: true);

        await observed.Page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(both).ToBeCheckedAsync();
        await ExpectShowingAsync(view, before: true, after: true);
    }

    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail("the matrix switch was not reached after 60 presses of Tab");
    }

    private static async Task ExpectShowingAsync(ILocator view, bool before, bool after)
    {
        var beforeCell = view.Locator("td .state-before").First;
        var afterCell = view.Locator("td .state-after").First;
        await (before ? Assertions.Expect(beforeCell).ToBeVisibleAsync() : Assertions.Expect(beforeCell).ToBeHiddenAsync());
        await (after ? Assertions.Expect(afterCell).ToBeVisibleAsync() : Assertions.Expect(afterCell).ToBeHiddenAsync());
    }
}
