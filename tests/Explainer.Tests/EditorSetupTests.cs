using System.Text.Json;
using System.Text.RegularExpressions;
using Explainer.Cli.Commands;
using Explainer.Data;
using Explainer.Diagnostics;

namespace Explainer.Tests;

/// <summary>The checked-in <c>.vscode/</c> folder: schemas mapped to the files they describe, the YAML extension
/// recommended, and tasks whose problem matcher opens the file a diagnostic names.</summary>
public sealed class EditorSetupTests
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [Fact]
    public void Yaml_schemas_map_each_generated_schema_to_the_files_it_describes()
    {
        var mapped = Read("settings.json").GetProperty("yaml.schemas").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());

        var expected = JsonSchemas.All.Where(s => s.Name != "article")
            .ToDictionary(s => $"./{SchemaCommand.DefaultFolder}/{JsonSchemas.FileName(s.Name)}", s => (string?)s.Files);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), mapped.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_yaml_extension_is_recommended()
    {
        Assert.Contains("redhat.vscode-yaml", Read("extensions.json").GetProperty("recommendations").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("explainer: build")]
    [InlineData("explainer: check")]
    [InlineData("explainer: serve")]
    public void A_task_problem_matcher_finds_a_diagnostic_and_resolves_its_path_from_the_root(string label)
    {
        var matcher = Task(label).GetProperty("problemMatcher");
        var pattern = matcher.GetProperty("pattern");
        var line = new Diagnostic(Severity.Error, Codes.UnknownCompany, new SourceLocation("input/articles/reset.md", 5, 13), "unknown company 'opneai'", "did you mean 'openai'?")
            .Format().Split('\n')[0];

        var match = Regex.Match(line, pattern.GetProperty("regexp").GetString()!);

        Assert.True(match.Success, line);
        string Group(string name) => match.Groups[pattern.GetProperty(name).GetInt32()].Value;
        Assert.Equal(("input/articles/reset.md", "5", "13", "error", "EX0102", "unknown company 'opneai'"),
            (Group("file"), Group("line"), Group("column"), Group("severity"), Group("code"), Group("message")));
        Assert.Equal(["relative", "${workspaceFolder}"], matcher.GetProperty("fileLocation").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("${workspaceFolder}", Task(label).GetProperty("args").EnumerateArray().SkipWhile(a => a.GetString() != "--root").Skip(1).Select(a => a.GetString()));
    }

    [Fact]
    public void The_serve_task_runs_in_the_background_and_follows_each_rebuild()
    {
        var serve = Task("explainer: serve");
        var background = serve.GetProperty("problemMatcher").GetProperty("background");
        var begins = new Regex(background.GetProperty("beginsPattern").GetString()!);
        var ends = new Regex(background.GetProperty("endsPattern").GetString()!);

        Assert.True(serve.GetProperty("isBackground").GetBoolean());
        Assert.Matches(begins, "build 2 started (input/articles/reset.md)");
        Assert.Matches(ends, "build 2: 38 pages, 1 rendered, in 41 ms (input/articles/reset.md)");
        Assert.Matches(ends, "build 3 failed with 1 error in 12 ms; serving the last good build");
        Assert.DoesNotMatch(ends, "build 2 started (input/articles/reset.md)");
    }

    private static JsonElement Task(string label) =>
        Read("tasks.json").GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("label").GetString() == label);

    private static JsonElement Read(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, ".vscode", name)), Jsonc).RootElement;
}
