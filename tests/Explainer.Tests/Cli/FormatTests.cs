using System.Text.Json;

namespace Explainer.Tests.Cli;

/// <summary><c>--format text|json|github</c> on build and check: the same findings for people, tools and GitHub Actions.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FormatTests
{
    private static Dictionary<string, string> WithTwoFindings() =>
        TestSite.With(TestSite.ArticlePath, TestSite.Minimal()[TestSite.ArticlePath].Replace("[openai]", "[opneai]") + "\n<div>raw</div>\n");

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void Json_is_one_array_on_standard_output_with_every_field(string command)
    {
        using var site = Disk.Write(WithTwoFindings());

        var run = ExplainerInProcess.Start(site.Root, command, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var findings = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        var error = findings.Single(f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal(["code", "severity", "path", "line", "column", "message", "hint"], error.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("EX0102", "input/articles/hello.md", 5, 13), (error.GetProperty("code").GetString(), error.GetProperty("path").GetString(),
            error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
        Assert.Equal("unknown company 'opneai'", error.GetProperty("message").GetString());
        Assert.Equal("did you mean 'openai'?", error.GetProperty("hint").GetString());
        Assert.Contains(findings, f => f.GetProperty("severity").GetString() == "warning" && f.GetProperty("code").GetString() == "EX0201");
        Assert.Matches($"^{command}: \\d+ pages, \\d+ files, \\d+ warnings?, 1 error in \\d+ ms\n$", run.Error);
    }

    [Fact]
    public void Json_of_a_clean_build_is_an_empty_array()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(site.Root, "build", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[]\n", run.Out);
    }

    [Fact]
    public void Github_prints_annotations_with_paths_from_the_current_folder()
    {
        using var site = Disk.Write(WithTwoFindings());
        var parent = Path.GetDirectoryName(site.Root)!;
        var folder = Path.GetFileName(site.Root);

        var run = ExplainerInProcess.Start(parent, "check", "--root", folder, "--format", "github");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"::error file={folder}/input/articles/hello.md,line=5,col=13,title=EX0102::unknown company 'opneai'%0Ahint: did you mean 'openai'?\n", run.Out);
        Assert.Contains($"::warning file={folder}/input/articles/hello.md,line=", run.Out);
        Assert.Matches("(?m)^check: \\d+ pages, \\d+ files, \\d+ warnings?, 1 error in \\d+ ms$", run.Out);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Github_is_chosen_when_running_in_github_actions()
    {
        using var site = Disk.Write(WithTwoFindings());

        var run = ExplainerProcess.Start(site.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check");
        var text = ExplainerProcess.Start(site.Root, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", "--format", "text");

        Assert.StartsWith("::error file=input/articles/hello.md,line=5,col=13,title=EX0102::", run.Out);
        Assert.StartsWith("input/articles/hello.md(5,13): error EX0102: unknown company 'opneai'\n", text.Error);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(site.Root, "build", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
    }
}
