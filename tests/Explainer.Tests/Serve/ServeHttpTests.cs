using System.Net;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Serve;

[Trait("Category", "Slow")]
public sealed class ServeHttpTests
{
    [Fact]
    public async Task Pages_are_served_from_memory_with_the_reload_script_and_preview_headers()
    {
        await using var site = await PreviewHarness.Start();

        using var response = await site.Get("/articles/hello/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("same-origin", response.Headers.GetValues("Cross-Origin-Resource-Policy").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Hello", document.QuerySelector("h1")?.TextContent);
        var script = Assert.Single(document.QuerySelectorAll("script[src^='/__explainer/reload.js']"));
        Assert.Equal(document.Body, script.ParentElement);
        Assert.False(File.Exists(site.PathOf("output/index.html")), "serve must not write output/");
    }

    [Fact]
    public async Task Reload_script_is_an_external_file()
    {
        await using var site = await PreviewHarness.Start();

        using var response = await site.Get("/__explainer/reload.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("EventSource", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_path_gets_the_sites_404_page_with_status_404_and_folders_are_never_listed()
    {
        await using var site = await PreviewHarness.Start();

        using var missing = await site.Get("/no/such/page/");
        using var folder = await site.Get("/assets/");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, folder.StatusCode);
        Assert.Contains("Page not found", await folder.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Page_without_its_slash_redirects_to_it()
    {
        await using var site = await PreviewHarness.Start();

        using var response = await site.Get("/articles/hello");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/articles/hello/", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/feed.xml", "application/xml; charset=utf-8")]
    [InlineData("/data/explainer.json", "application/json; charset=utf-8")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    [InlineData("/assets/pagefind/pagefind.js", "text/javascript; charset=utf-8")]
    [InlineData("/assets/pagefind/pagefind-entry.json", "application/json; charset=utf-8")]
    [InlineData("/assets/pagefind/wasm.en.pagefind", "application/octet-stream")]
    [InlineData("/assets/pagefind/pagefind.en.pf_meta", "application/octet-stream")]
    [InlineData("/assets/pagefind/index/en_1.pf_index", "application/octet-stream")]
    [InlineData("/assets/pagefind/fragment/en_2.pf_fragment", "application/octet-stream")]
    [InlineData("/assets/pagefind/pagefind.wasm", "application/wasm")]
    public async Task Files_are_served_with_their_content_type(string path, string type)
    {
        var files = TestSite.Minimal();
        foreach (var name in new[] { "pagefind.js", "pagefind-entry.json", "wasm.en.pagefind", "pagefind.en.pf_meta", "index/en_1.pf_index", "fragment/en_2.pf_fragment", "pagefind.wasm" })
        {
            files[$"input/assets/pagefind/{name}"] = name.EndsWith(".json", StringComparison.Ordinal) ? "{}" : "x";
        }

        await using var site = await PreviewHarness.Start(files);

        using var response = await site.Get(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Stylesheet_is_served_as_css()
    {
        await using var site = await PreviewHarness.Start();
        var home = new HtmlParser().ParseDocument(await site.Text("/"));
        var href = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await site.Get(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Drafts_are_shown_with_a_banner_in_preview()
    {
        var files = TestSite.Minimal();
        files["input/articles/secret.md"] = "---\ntitle: Secret\nsummary: Not yet.\ndate: 2026-11-21\ndraft: true\n---\n\nDraft text.\n";
        await using var site = await PreviewHarness.Start(files);

        var document = new HtmlParser().ParseDocument(await site.Text("/articles/secret/"));

        Assert.NotNull(document.QuerySelector(".draft-banner"));
        Assert.Null(new HtmlParser().ParseDocument(await site.Text("/articles/hello/")).QuerySelector(".draft-banner"));
    }
}
