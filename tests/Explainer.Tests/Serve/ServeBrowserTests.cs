using Microsoft.Playwright;

namespace Explainer.Tests.Serve;

/// <summary>The live reload as a writer sees it, in real Chromium.</summary>
[Trait("Category", "Slow")]
public sealed class ServeBrowserTests
{
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    [Fact]
    public async Task The_page_reloads_by_itself_after_an_edit_and_swaps_a_changed_stylesheet_in_place()
    {
        await using var site = await PreviewHarness.Start();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ChromiumFlags,
            Timeout = (float)PreviewHarness.Timeout.TotalMilliseconds,
        });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout((float)PreviewHarness.Timeout.TotalMilliseconds);
        await page.GotoAsync(new Uri(site.Address, "/articles/hello/").ToString());
        await PreviewHarness.Eventually(() => Task.FromResult(site.Session.Subscribers > 0), "the page connects to the reload channel");
        await page.EvaluateAsync("window.loadedBefore = true");

        await File.AppendAllTextAsync(site.PathOf("input/articles/hello.md"), "\nReloaded by itself.\n");

        await page.GetByText("Reloaded by itself.").WaitForAsync();
        Assert.False(await page.EvaluateAsync<bool>("window.loadedBefore === true"), "the text appeared without a reload");

        await PreviewHarness.Eventually(() => Task.FromResult(site.Session.Subscribers > 0), "the reloaded page connects again");
        await page.EvaluateAsync("window.loadedBefore = true");
        await File.AppendAllTextAsync(site.PathOf("theme/static/css/site.css"), "\nbody { outline: 7px solid rgb(1, 2, 3); }\n");

        await page.WaitForFunctionAsync("getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)'");
        Assert.True(await page.EvaluateAsync<bool>("window.loadedBefore === true"), "a stylesheet change reloaded the page");
    }
}
