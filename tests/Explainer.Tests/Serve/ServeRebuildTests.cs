using System.Net;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Serve;

[Trait("Category", "Slow")]
public sealed class ServeRebuildTests
{
    private const string Article = "input/articles/hello.md";

    [Fact]
    public async Task Saving_an_article_sends_reload_and_serves_the_new_text()
    {
        await using var site = await PreviewHarness.Start();
        await using var events = await site.Events();

        await File.AppendAllTextAsync(site.PathOf(Article), "\nA sentence added while serving.\n");

        Assert.Equal("reload", (await events.Next()).Name);
        Assert.Contains("A sentence added while serving.", await site.Text("/articles/hello/"));
    }

    [Fact]
    public async Task A_bad_edit_shows_the_overlay_over_the_last_good_page_and_fixing_it_removes_it()
    {
        await using var site = await PreviewHarness.Start();
        await using var events = await site.Events();
        var good = await File.ReadAllTextAsync(site.PathOf(Article));

        await File.WriteAllTextAsync(site.PathOf(Article), good.Replace("companies: [openai]", "companies: [opneai]"));

        Assert.Equal("reload", (await events.Next()).Name);
        var page = new HtmlParser().ParseDocument(await site.Text("/articles/hello/"));
        Assert.Equal("Hello", page.QuerySelector("h1")?.TextContent);
        var item = page.QuerySelector("#explainer-overlay li.error")!;
        Assert.Equal("input/articles/hello.md", item.QuerySelector(".path")?.TextContent);
        Assert.Equal("5", item.QuerySelector(".line")?.TextContent);
        Assert.Equal("13", item.QuerySelector(".column")?.TextContent);
        Assert.Contains("EX0102", item.QuerySelector(".code")?.TextContent);
        Assert.Contains("did you mean 'openai'?", item.QuerySelector(".hint")?.TextContent);
        Assert.Contains("> 5 | companies: [opneai]", item.QuerySelector("pre.source")?.TextContent);
        Assert.NotNull(page.QuerySelector("#explainer-overlay"));
        Assert.Contains("explainer-overlay", await site.Text("/"));

        await File.WriteAllTextAsync(site.PathOf(Article), good);

        Assert.Equal("reload", (await events.Next()).Name);
        Assert.DoesNotContain("explainer-overlay", await site.Text("/articles/hello/"));
    }

    [Fact]
    public async Task A_symbolic_link_loop_shows_the_overlay_and_removing_it_builds_again()
    {
        await using var site = await PreviewHarness.Start();
        await using var events = await site.Events();
        var loop = site.PathOf("input/articles/loop.md");

        File.CreateSymbolicLink(loop, "loop.md");

        Assert.Equal("reload", (await events.Next()).Name);
        var page = new HtmlParser().ParseDocument(await site.Text("/articles/hello/"));
        var item = page.QuerySelector("#explainer-overlay li.error")!;
        Assert.Equal("input/articles/loop.md", item.QuerySelector(".path")?.TextContent);
        Assert.Contains("EX0016", item.QuerySelector(".code")?.TextContent);

        File.Delete(loop);
        await File.AppendAllTextAsync(site.PathOf(Article), "\nStill served.\n");

        await PreviewHarness.Eventually(async () => (await site.Text("/articles/hello/")).Contains("Still served.", StringComparison.Ordinal),
            "the edit after the loop was served");
        Assert.DoesNotContain("explainer-overlay", await site.Text("/articles/hello/"));
    }

    [Fact]
    public async Task A_template_fixed_during_a_slow_rebuild_is_served_without_waiting_for_that_rebuild()
    {
        await using var site = await PreviewHarness.Start();
        var layout = site.PathOf("theme/layouts/base.html");
        var good = await File.ReadAllTextAsync(layout);

        await File.WriteAllTextAsync(layout, "{{ for i in 1..3000 }}{{ for j in 1..3000 }}{{ x = 'a' | string.pad_left 200 }}{{ end }}{{ end }}" + good);
        await PreviewHarness.Eventually(() => Task.FromResult(site.Session.Rebuilds == 1), "the slow rebuild started");
        await File.WriteAllTextAsync(layout, good.Replace("</body>", "<p>fixed</p></body>", StringComparison.Ordinal));
        var fixedAt = System.Diagnostics.Stopwatch.StartNew();

        await PreviewHarness.Eventually(async () => (await site.Text("/")).Contains("<p>fixed</p>", StringComparison.Ordinal), "the fixed template was served");
        Assert.True(fixedAt.Elapsed < TimeSpan.FromSeconds(3), $"the fix was served {fixedAt.ElapsedMilliseconds} ms after the save");
    }

    [Fact]
    public async Task Overlay_escapes_what_the_content_says()
    {
        await using var site = await PreviewHarness.Start();
        await using var events = await site.Events();

        await File.WriteAllTextAsync(site.PathOf(Article), "---\ntitle: <script>alert(1)</script>\nsummary: x\ndate: 2026-13-45\n---\nx\n");

        await events.Next();
        var text = await site.Text("/");
        Assert.Contains("explainer-overlay", text);
        Assert.DoesNotContain("<script>alert(1)", text);
    }

    [Fact]
    public async Task Saving_the_vim_way_is_one_rebuild_and_never_a_404()
    {
        await using var site = await PreviewHarness.Start();
        var path = site.PathOf(Article);
        var text = await File.ReadAllTextAsync(path);
        using var polling = new CancellationTokenSource();
        var statuses = Task.Run(async () =>
        {
            var seen = new List<HttpStatusCode>();
            while (!polling.IsCancellationRequested)
            {
                using var response = await site.Get("/articles/hello/");
                seen.Add(response.StatusCode);
            }

            return seen;
        });

        // What vim does with 'backupcopy=no': move the file away, write a new one, delete the backup.
        File.Move(path, path + "~");
        await Task.Delay(30);
        await File.WriteAllTextAsync(path, text + "\nSaved by vim.\n");
        File.Delete(path + "~");

        await PreviewHarness.Eventually(async () => (await site.Text("/articles/hello/")).Contains("Saved by vim."), "the vim save is served");
        await Task.Delay(400);
        await polling.CancelAsync();
        Assert.All(await statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(1, site.Session.Rebuilds);
    }

    [Fact]
    public async Task Saving_by_atomic_replace_is_one_rebuild()
    {
        await using var site = await PreviewHarness.Start();
        var path = site.PathOf(Article);
        var temporary = site.PathOf("input/articles/.hello.md.tmp");
        await File.WriteAllTextAsync(temporary, await File.ReadAllTextAsync(path) + "\nSaved atomically.\n");

        File.Move(temporary, path, overwrite: true);

        await PreviewHarness.Eventually(async () => (await site.Text("/articles/hello/")).Contains("Saved atomically."), "the replaced file is served");
        await Task.Delay(300);
        Assert.Equal(1, site.Session.Rebuilds);
    }

    [Fact]
    public async Task Deleting_and_recreating_a_file_never_serves_a_404()
    {
        await using var site = await PreviewHarness.Start();
        var path = site.PathOf(Article);
        var text = await File.ReadAllTextAsync(path);

        File.Delete(path);
        await Task.Delay(60);
        await File.WriteAllTextAsync(path, text + "\nRecreated.\n");

        await PreviewHarness.Eventually(async () => (await site.Text("/articles/hello/")).Contains("Recreated."), "the recreated file is served");
    }

    [Fact]
    public async Task A_new_article_appears_and_a_deleted_one_disappears()
    {
        await using var site = await PreviewHarness.Start();

        await File.WriteAllTextAsync(site.PathOf("input/articles/second.md"), "---\ntitle: Second\nsummary: Two.\ndate: 2026-11-22\n---\n\nText.\n");
        await PreviewHarness.Eventually(async () => (await site.Get("/articles/second/")).StatusCode == HttpStatusCode.OK, "the new article is served");
        File.Delete(site.PathOf("input/articles/second.md"));

        await PreviewHarness.Eventually(async () => (await site.Get("/articles/second/")).StatusCode == HttpStatusCode.NotFound, "the deleted article is gone");
    }

    [Fact]
    public async Task A_stylesheet_change_swaps_the_stylesheet_instead_of_reloading()
    {
        await using var site = await PreviewHarness.Start();
        await using var events = await site.Events();
        var before = new HtmlParser().ParseDocument(await site.Text("/")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        await File.AppendAllTextAsync(site.PathOf("theme/static/css/site.css"), "\nbody { color: #123456; }\n");

        var (name, data) = await events.Next();
        Assert.Equal("css", name);
        var after = new HtmlParser().ParseDocument(await site.Text("/")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.NotEqual(before, after);
        Assert.Contains($"\"{before}\":\"{after}\"", data);
        Assert.Contains("#123456", await site.Text(after));
    }

    [Fact]
    public async Task Editor_droppings_cause_no_rebuild()
    {
        await using var site = await PreviewHarness.Start();

        foreach (var name in new[] { "hello.md~", ".hello.md.swp", "4913", ".#hello.md", "hello.tmp" })
        {
            await File.WriteAllTextAsync(site.PathOf("input/articles/" + name), "junk");
        }

        await Task.Delay(500);
        Assert.Equal(0, site.Session.Rebuilds);
        Assert.Empty(site.Session.Current.Failure);
    }
}
