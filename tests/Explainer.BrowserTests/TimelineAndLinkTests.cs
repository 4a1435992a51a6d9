using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>The timeline, the matrix as of each deal, the links to every fact and the downloads, as a reader in
/// Chromium meets them.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineAndLinkTests(SiteFixture fixture)
{
    public static TheoryData<string> NewPageTypes { get; } = new() { "timeline", "matrix-as-of", "matrix", "deal", "source" };

    [Fact(Timeout = 60_000)]
    public async Task The_timeline_draws_a_dot_per_dated_deal_lists_the_same_deals_and_lists_undated_ones_apart()
    {
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync("/timeline/");
        var page = observed.Page;

        var dots = await page.Locator("svg.timeline-svg circle").CountAsync();
        var dated = await page.Locator("ol.timeline-entries > li").CountAsync();
        var undated = await page.Locator("ul.timeline-entries > li").CountAsync();
        var svgName = await page.Locator("svg.timeline-svg").GetAttributeAsync("aria-labelledby");

        Assert.True(dots >= dated && dated > 0, $"{dots} dots for {dated} dated deals");
        Assert.True(undated > 0, "the real site has undated deals; they must be listed");
        Assert.Contains("no source gives the date", await page.Locator("ul.timeline-entries").Locator("xpath=preceding-sibling::h3[1]").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await page.Locator($"#{svgName}").CountAsync());
        Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_timeline_links_to_the_matrix_as_it_stood_after_a_deal_and_that_page_steps_to_the_next()
    {
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync("/timeline/");
        var page = observed.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Matrix as of this deal" }).First.ClickAsync();
        await page.WaitForURLAsync("**/matrix/as-of/**");
        var first = page.Url;
        Assert.Equal(1, await page.Locator("table.matrix").CountAsync());
        Assert.True(await page.Locator(".legend").IsVisibleAsync(), "the as-of page has no legend");

        await page.Locator("a[rel=next]").ClickAsync();
        await page.WaitForURLAsync(url => url != first);
        Assert.Contains("/matrix/as-of/", page.Url, StringComparison.Ordinal);
        Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));
    }

    [Fact(Timeout = 60_000)]
    public async Task The_matrix_caption_says_which_side_the_switch_shows()
    {
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync("/matrix/");
        var view = observed.Page.Locator(".matrix-view").First;
        var caption = view.Locator("caption");

        Assert.EndsWith("before → after", (await caption.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await view.GetByText("Before", new() { Exact = true }).ClickAsync();
        Assert.Contains("before the latest deal", await caption.InnerTextAsync(), StringComparison.Ordinal);
        await view.GetByText("After", new() { Exact = true }).ClickAsync();
        Assert.Contains("after the latest deal", await caption.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await observed.Page.Locator("table.matrix").CountAsync());
    }

    [Fact(Timeout = 60_000)]
    public async Task Terms_and_cells_have_visible_self_links_to_unique_ids()
    {
        await using var observed = await fixture.OpenAsync();
        foreach (var (path, selector) in new[] { ("/deals/microsoft-openai-reset/", "table.compare tbody tr"), ("/matrix/", "table.matrix td") })
        {
            await observed.GotoAsync(path);
            var page = observed.Page;
            var ids = await page.Locator(selector).EvaluateAllAsync<string[]>("els => els.map(e => e.id)");
            var allIds = await page.Locator("[id]").EvaluateAllAsync<string[]>("els => els.map(e => e.id)");

            Assert.NotEmpty(ids);
            Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id), $"a row or cell of {path} has no id"));
            Assert.Equal(allIds.Length, allIds.Distinct(StringComparer.Ordinal).Count());

            var link = page.Locator($"#{ids[0]} .self-link");
            Assert.True(await link.IsVisibleAsync(), $"the self-link of #{ids[0]} on {path} is not visible");
            await link.ClickAsync();
            Assert.EndsWith($"#{ids[0]}", page.Url, StringComparison.Ordinal);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task A_heading_link_shows_on_hover_and_on_focus_only()
    {
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync(fixture.Site.FirstUrl("articles"));
        var anchor = observed.Page.Locator(".prose h2 .heading-anchor").First;
        async Task<string> Opacity() => await anchor.EvaluateAsync<string>("a => getComputedStyle(a).opacity");

        Assert.Equal("0", await Opacity());
        await observed.Page.Locator(".prose h2").First.HoverAsync();
        Assert.Equal("1", await Opacity());
        await observed.Page.Mouse.MoveAsync(0, 0);
        await anchor.FocusAsync();
        Assert.Equal("1", await Opacity());
    }

    [Fact(Timeout = 60_000)]
    public async Task The_download_links_under_the_matrix_and_a_comparison_serve_the_files()
    {
        await using var observed = await fixture.OpenAsync();
        foreach (var path in new[] { "/matrix/", "/deals/microsoft-openai-reset/" })
        {
            await observed.GotoAsync(path);
            var hrefs = await observed.Page.Locator(".downloads a[download]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
            Assert.Contains("/data/explainer.json", hrefs);
            foreach (var href in hrefs)
            {
                var response = await observed.Page.APIRequest.GetAsync(href);
                Assert.True(response.Status == 200, $"{href} on {path} answered {response.Status}");
                var text = await response.TextAsync();
                Assert.True(href.EndsWith(".json", StringComparison.Ordinal) ? text.Contains("\"schema_version\"", StringComparison.Ordinal) : text.EndsWith("\r\n", StringComparison.Ordinal),
                    $"{href} is not what its link promises");
            }
        }
    }

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(NewPageTypes))]
    public async Task New_and_changed_pages_have_no_WCAG_21_AA_violation_in_dark_mode(string name)
    {
        var type = fixture.PageOfType(name);
        Directory.CreateDirectory(SiteFixture.ScreenshotDirectory);
        foreach (var width in new[] { 1280, 375 })
        {
            await using var observed = await fixture.OpenAsync(width, 900, ColorScheme.Dark);
            await observed.GotoAsync(type.Path, type.Status);

            var result = await observed.Page.RunAxe(AccessibilityTests.Wcag21AA);
            await observed.Page.ScreenshotAsync(new()
            {
                Path = Path.Combine(SiteFixture.ScreenshotDirectory, $"{name}-{width}-dark.png"),
                FullPage = true,
            });

            Assert.True(result.Violations.Length == 0, $"{type.Path} at {width} px, dark:\n{AccessibilityTests.Describe(result.Violations)}");
        }
    }
}
