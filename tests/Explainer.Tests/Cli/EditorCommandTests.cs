using System.Text.Json;

namespace Explainer.Tests.Cli;

/// <summary>The commands an editor setup uses: <c>schema</c>, and <c>serve</c>'s options.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class EditorCommandTests
{
    [Fact]
    public void Schema_writes_every_schema_into_the_folder_vscode_settings_point_at()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(site.Root, "schema");

        Assert.True(run.ExitCode == 0, run.Error);
        var folder = Path.Combine(site.Root, ".vscode/schemas");
        Assert.Equal(["article", "cloud", "company", "deal", "site", "source"],
            Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f).Replace(".schema.json", "")).Order(StringComparer.Ordinal));
        using var company = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "cloud.schema.json")));
        Assert.Contains("openai", company.RootElement.GetProperty("properties").GetProperty("operator").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Schema_writes_where_out_says_and_leaves_unchanged_files_alone()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var first = ExplainerInProcess.Start(site.Root, "schema", "--out", "schemas");
        var second = ExplainerInProcess.Start(site.Root, "schema", "--out", "schemas");

        Assert.Equal("schema: 6 schemas in schemas (6 changed)\n", first.Out);
        Assert.Equal("schema: 6 schemas in schemas (0 changed)\n", second.Out);
        Assert.True(File.Exists(Path.Combine(site.Root, "schemas/article.schema.json")));
    }

    [Fact]
    public void Serve_offers_polling_and_no_drafts_option_since_it_always_shows_drafts()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var help = ExplainerInProcess.Start(site.Root, "serve", "--help");
        var drafts = ExplainerInProcess.Start(site.Root, "serve", "--drafts", "--port", "0");

        Assert.Contains("--poll", help.Out);
        Assert.DoesNotContain("--drafts", help.Out);
        Assert.Contains("drafts are shown", help.Out);
        Assert.Equal(2, drafts.ExitCode);
    }
}
