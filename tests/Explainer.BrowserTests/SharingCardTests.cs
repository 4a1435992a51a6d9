using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>What a link shared on a social site shows: every page's og:image is an absolute URL of a 1200x630 PNG
/// that the site serves; and the site's own typeface is what the browser draws.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SharingCardTests(SiteFixture fixture)
{
    [Theory(Timeout = 90_000)]
    [MemberData(nameof(PageType.All), MemberType = typeof(PageType))]
    public async Task The_og_image_of_every_page_type_resolves_to_a_1200_by_630_card(string name)
    {
        var type = fixture.PageOfType(name);
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync(type.Path, type.Status);

        var image = await observed.Page.Locator("meta[property='og:image']").GetAttributeAsync("content");
        Assert.NotNull(image);
        var url = new Uri(image);
        Assert.Equal("https", url.Scheme);
        Assert.Equal("summary_large_image", await observed.Page.Locator("meta[name='twitter:card']").GetAttributeAsync("content"));

        // The card lives on the site's own host; here that host is the test server.
        var response = await observed.GotoAsync(url.AbsolutePath);
        Assert.Equal("image/png", response.Headers["content-type"]);
        var size = await observed.Page.EvaluateAsync<int[]>("() => [document.images[0].naturalWidth, document.images[0].naturalHeight]");
        Assert.Equal([1200, 630], size);
        if (name == "deal")
        {
            Assert.EndsWith("/card.png", url.AbsolutePath);
            Assert.StartsWith(type.Path, url.AbsolutePath);
            Directory.CreateDirectory(SiteFixture.ScreenshotDirectory);
            await using var card = await fixture.OpenAsync(1200, 630);
            await card.GotoAsync(url.AbsolutePath);
            await card.Page.Locator("img").ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotDirectory, "deal-card.png") });
        }

        Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));
    }

    [Fact(Timeout = 60_000)]
    public async Task Pages_are_set_in_the_sites_own_typeface_loaded_from_the_site()
    {
        var deal = fixture.PageOfType("deal").Path;
        await using var observed = await fixture.OpenAsync();
        await observed.GotoAsync(deal);

        var loaded = await observed.Page.EvaluateAsync<string[]>(
            "async () => { await document.fonts.ready; return [...document.fonts].filter(f => f.status === 'loaded').map(f => f.family + ' ' + f.weight); }");
        Assert.Contains(loaded, f => f.StartsWith("\"IBM Plex Sans\" 400", StringComparison.Ordinal) || f.StartsWith("IBM Plex Sans 400", StringComparison.Ordinal));
        var family = await observed.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).fontFamily");
        Assert.StartsWith("\"IBM Plex Sans\"", family);
        Assert.True(observed.Problems.Count == 0, string.Join('\n', observed.Problems));

        Directory.CreateDirectory(SiteFixture.ScreenshotDirectory);
        await observed.Page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotDirectory, "typeface-deal-1280.png") });
    }
}
