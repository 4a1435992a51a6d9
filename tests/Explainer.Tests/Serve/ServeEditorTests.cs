using System.Text.Json;

namespace Explainer.Tests.Serve;

/// <summary>What editors and their background tasks rely on while serve runs.</summary>
[Trait("Category", "Slow")]
public sealed class ServeEditorTests
{
    private const string Article = "input/articles/hello.md";

    [Fact]
    public async Task Serve_prints_a_line_when_a_rebuild_starts_and_another_when_it_ends()
    {
        await using var site = await PreviewHarness.Start();
        await using var events = await site.Events();

        await File.AppendAllTextAsync(site.PathOf(Article), "\nOne more line.\n");
        await events.Next();
        await PreviewHarness.Eventually(() => Task.FromResult(site.Log.Contains("build 2:")), "build 2 ended");

        var lines = site.Log.Split('\n');
        Assert.Equal("build 1 started (the first build)", lines[0]);
        Assert.StartsWith("build 1: ", lines[1]);
        var started = Array.IndexOf(lines, "build 2 started (input/articles/hello.md)");
        Assert.True(started > 1, site.Log);
        Assert.Matches("^build 2: \\d+ pages, .* in \\d+ ms \\(input/articles/hello.md\\)$", lines[started + 1]);
    }

    [Fact]
    public async Task A_failed_rebuild_ends_with_a_failed_line()
    {
        await using var site = await PreviewHarness.Start();
        await using var events = await site.Events();

        await File.WriteAllTextAsync(site.PathOf(Article), "---\ntitle: x\n---\n");
        await events.Next();

        Assert.Matches("(?m)^build 2 started \\(input/articles/hello.md\\)\nbuild 2 failed with \\d+ errors? in \\d+ ms; serving the last good build$", site.Log);
    }

    [Fact]
    public async Task Polling_finds_a_saved_file_without_file_events()
    {
        await using var site = await PreviewHarness.Start(poll: true);
        await using var events = await site.Events();

        await File.AppendAllTextAsync(site.PathOf(Article), "\nSaved in a shared folder.\n");

        Assert.Equal("reload", (await events.Next()).Name);
        Assert.Contains("Saved in a shared folder.", await site.Text("/articles/hello/"));
    }

    [Fact]
    public async Task Serve_keeps_the_schemas_current_as_records_come_and_go()
    {
        await using var site = await PreviewHarness.Start();
        await using var events = await site.Events();
        var schema = site.PathOf(".vscode/schemas/deal.schema.json");
        Assert.DoesNotContain("anthropic", Parties(schema));

        await File.WriteAllTextAsync(site.PathOf("input/data/companies/anthropic.yml"), "name: Anthropic\nroles: [lab]\nsummary: A lab.\n");
        await events.Next();

        await PreviewHarness.Eventually(() => Task.FromResult(Parties(schema).Contains("anthropic")), "the deal schema lists the new company");
    }

    private static List<string?> Parties(string schema)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(schema));
            return json.RootElement.GetProperty("properties").GetProperty("parties").GetProperty("items").GetProperty("enum")
                .EnumerateArray().Select(e => e.GetString()).ToList();
        }
        catch (IOException)
        {
            return []; // being written
        }
    }
}
