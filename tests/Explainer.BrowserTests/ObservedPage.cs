using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>A browser page that records what a visitor would not see but should worry about: console errors,
/// uncaught exceptions, failed requests and error responses. Requests that leave 127.0.0.1 are blocked and
/// recorded, so a page that needs the network fails here as it would fail for an offline reader.</summary>
internal sealed class ObservedPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> problems = new();
    private readonly Uri site;
    private string? expectedErrorUrl;

    private ObservedPage(IBrowserContext context, IPage page, Uri site)
    {
        this.context = context;
        this.site = site;
        Page = page;
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems => problems.ToList();

    public static async Task<ObservedPage> OpenAsync(IBrowser browser, Uri site, int width, int height, ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = colorScheme,
            BaseURL = site.ToString(),
        });
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(20_000);
        var origin = site.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync(url => !url.StartsWith(origin, StringComparison.Ordinal), route => route.AbortAsync("blockedbyclient"));
        var observed = new ObservedPage(context, await context.NewPageAsync(), site);
        observed.Watch();
        return observed;
    }

    /// <summary>Loads a page and waits until it and everything it loads have arrived.</summary>
    public async Task<IResponse> GotoAsync(string path, int expectedStatus = 200)
    {
        var url = new Uri(site, path).ToString();
        expectedErrorUrl = expectedStatus >= 400 ? url : null;
        var response = await Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load })
            ?? throw new InvalidOperationException($"no response for {url}");
        Assert.True(response.Status == expectedStatus, $"{path} answered {response.Status}, expected {expectedStatus}");
        return response;
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private void Watch()
    {
        Page.Console += (_, message) =>
        {
            // Chromium reports a document's own error status on the console; the 404 page is meant to have one.
            if (message.Type == "error" && !IsExpectedStatusMessage(message))
            {
                problems.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        Page.PageError += (_, error) => problems.Enqueue($"uncaught exception: {error}");
        Page.RequestFailed += (_, request) => problems.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
        Page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != expectedErrorUrl)
            {
                problems.Enqueue($"HTTP {response.Status}: {response.Url}");
            }
        };
    }

    private bool IsExpectedStatusMessage(IConsoleMessage message) =>
        expectedErrorUrl is not null
        && message.Location.StartsWith(expectedErrorUrl + ":", StringComparison.Ordinal)
        && message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal);
}
