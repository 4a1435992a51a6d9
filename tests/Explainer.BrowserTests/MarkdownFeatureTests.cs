using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>The Markdown writers bring from GitHub (<see cref="MarkdownSample"/>) as a reader sees it: alert callouts and a
/// title with code, in light and dark mode, at phone and desktop width. Screenshots go to TestResults/screenshots/.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MarkdownFeatureTests(SiteFixture fixture)
{
    public static TheoryData<ColorScheme, int> Views { get; } = new()
    {
        { ColorScheme.Light, 375 }, { ColorScheme.Light, 1280 }, { ColorScheme.Dark, 375 }, { ColorScheme.Dark, 1280 },
    };

    [Theory(Timeout = 90_000)]
    [MemberData(nameof(Views))]
    public async Task Alerts_and_a_title_with_code_have_no_WCAG_21_AA_violation(ColorScheme scheme, int width)
    {
        Directory.CreateDirectory(SiteFixture.ScreenshotDirectory);
        var name = $"{scheme.ToString().ToLowerInvariant()}-{width}";
        foreach (var path in new[] { MarkdownSample.Url, "/articles/" })
        {
            await using var observed = await fixture.OpenAsync(width, 900, scheme);
            await observed.GotoAsync(path);

            var result = await observed.Page.RunAxe(AccessibilityTests.Wcag21AA);

            Assert.True(result.Violations.Length == 0, $"{path} at {width} px, {scheme}:\n{AccessibilityTests.Describe(result.Violations)}");
            Assert.True(observed.Problems.Count == 0, $"{path}:\n{string.Join('\n', observed.Problems)}");
            if (path == MarkdownSample.Url)
            {
                await observed.Page.Locator(".prose").ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotDirectory, $"alert-{name}.png") });
                await observed.Page.Locator(".article-header").ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotDirectory, $"title-code-{name}.png") });
            }
            else
            {
                var card = observed.Page.Locator(".card").Filter(new() { Has = observed.Page.Locator($"a[href='{MarkdownSample.Url}']") });
                await card.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotDirectory, $"title-code-card-{name}.png") });
            }
        }
    }

    [Theory(Timeout = 60_000)]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Each_alert_is_a_note_with_its_title_an_icon_and_a_colour_of_its_own(ColorScheme scheme)
    {
        await using var observed = await fixture.OpenAsync(colorScheme: scheme);
        await observed.GotoAsync(MarkdownSample.Url);

        var notes = observed.Page.GetByRole(AriaRole.Note);
        await Assertions.Expect(notes).ToHaveCountAsync(5);
        var colours = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            var title = notes.Nth(i).Locator(".markdown-alert-title");
            await Assertions.Expect(title).ToHaveTextAsync(new[] { "Note", "Tip", "Important", "Warning", "Caution" }[i]);
            var icon = await title.Locator("svg").BoundingBoxAsync();
            Assert.True(icon is { Width: > 8, Height: > 8 }, $"alert {i + 1}'s icon is not drawn");
            colours.Add(await title.EvaluateAsync<string>("t => getComputedStyle(t).color"));
        }

        Assert.Equal(5, colours.Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_title_with_code_shows_code_in_the_heading_and_card_and_plain_text_in_the_tab()
    {
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync(MarkdownSample.Url);

        await Assertions.Expect(observed.Page.Locator("main h1 code")).ToHaveTextAsync(new[] { "printf", "wprintf" });
        Assert.StartsWith("printf and wprintf Functions", await observed.Page.TitleAsync(), StringComparison.Ordinal);

        await observed.GotoAsync("/articles/");
        await Assertions.Expect(observed.Page.Locator($"a[href='{MarkdownSample.Url}'] code")).ToHaveCountAsync(2);
    }
}
