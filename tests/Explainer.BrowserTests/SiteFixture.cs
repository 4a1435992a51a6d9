using Microsoft.Playwright;

namespace Explainer.BrowserTests;

/// <summary>Once per test run: the real site and <see cref="MarkdownSample"/> built into a temporary folder, indexed by Pagefind when it is
/// installed, served on 127.0.0.1, and one headless Debian Chromium to look at it.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    ];

    private BuiltSite? site;
    private StaticSiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    internal BuiltSite Site => site ?? throw new InvalidOperationException("the fixture is not initialised");

    internal StaticSiteServer Server => server ?? throw new InvalidOperationException("the fixture is not initialised");

    internal IBrowser Browser => browser ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>Why the search index is missing, or null when Pagefind indexed the site.</summary>
    internal string? SearchIndexProblem { get; private set; }

    internal static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        site = BuiltSite.Build(RepositoryRoot.Path, MarkdownSample.File);
        SearchIndexProblem = await IndexForSearchAsync(site.Directory);
        server = await StaticSiteServer.StartAsync(site.Directory);
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium), as .ci/run does");
        }

        // Assertions retry until this long: CI machines are small, and a loaded one is slow to paint.
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumFlags,
            Timeout = 60_000,
        });
    }

    /// <summary>A new page at the given viewport width (and colour scheme) that records every console error and failed request.</summary>
    internal Task<ObservedPage> OpenAsync(int width = 1280, int height = 900, ColorScheme colorScheme = ColorScheme.Light) =>
        ObservedPage.OpenAsync(Browser, Server.Address, width, height, colorScheme);

    /// <summary>The URL path of an example page of each kind, and the status it is served with.</summary>
    internal PageType PageOfType(string name) => name switch
    {
        "home" => new(name, "/"),
        "articles" or "companies" or "deals" or "matrix" or "sources" or "tags" or "search" => new(name, $"/{name}/"),
        "article" or "company" or "deal" or "source" or "tag" => new(name, Site.FirstUrl(name == "company" ? "companies" : name + "s")),
        "404" => new(name, "/no-such-page/", 404),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown page type"),
    };

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        site?.Dispose();
    }

    private static async Task<string?> IndexForSearchAsync(string directory)
    {
        if (!NodeTool.IsInstalled("pagefind"))
        {
            return $"{NodeTool.BinDirectory}/pagefind is missing: run `npm ci` in {RepositoryRoot.Path}";
        }

        var run = await NodeTool.RunAsync("pagefind", ["--site", directory], TimeSpan.FromMinutes(2));
        return run.ExitCode == 0 ? null : $"pagefind failed: {run.Describe()}";
    }
}
