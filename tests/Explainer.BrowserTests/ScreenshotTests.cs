namespace Explainer.BrowserTests;

/// <summary>Writes a full-page screenshot of every page type at phone and desktop width into
/// TestResults/screenshots/ for a reviewer, and checks what a phone reader would notice first.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(SiteFixture fixture)
{
    [Theory(Timeout = 90_000)]
    [MemberData(nameof(PageType.All), MemberType = typeof(PageType))]
    public async Task Every_page_type_fits_the_width_of_a_phone_and_a_desktop_without_sideways_scrolling(string name)
    {
        var type = fixture.PageOfType(name);
        Directory.CreateDirectory(SiteFixture.ScreenshotDirectory);
        foreach (var width in new[] { 375, 1280 })
        {
            await using var observed = await fixture.OpenAsync(width, width < 600 ? 812 : 900);
            await observed.GotoAsync(type.Path, type.Status);

            await observed.Page.ScreenshotAsync(new()
            {
                Path = Path.Combine(SiteFixture.ScreenshotDirectory, $"{name}-{width}.png"),
                FullPage = true,
            });
            var pageWidth = await observed.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

            Assert.True(pageWidth <= width, $"{type.Path} is {pageWidth} px wide in a {width} px window: the reader must scroll sideways");
        }
    }
}
