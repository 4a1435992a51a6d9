namespace Explainer.Tests.Cli;

/// <summary>Warnings a person can read: one line a file and code with a count, the full list on request, a closing
/// line by code, and ways to silence a code or make warnings fail the build.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class WarningOutputTests
{
    private const string Body = "Intro.\n\n<div>one</div>\n\n<div>two</div>\n\nText <span>three</span> and <img src=x.png>.\n";

    [Fact]
    public void A_files_warnings_of_one_code_are_one_line_with_a_count_and_the_first_position()
    {
        using var site = Disk.Write(TestSite.WithBody(Body));

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "input/articles/hello.md(13,1): warning EX0201: raw HTML omitted 4 times (div x2, img x1, span x1); first at line 13: raw HTML was omitted\n"
            + "  hint: write it in Markdown, or set 'raw_html: allow' in input/site.yml if every writer is trusted; --verbose lists every one\n",
            run.Error);
        Assert.Matches("^build: \\d+ pages, \\d+ files, 4 warnings, 0 errors in \\d+ ms$", run.SummaryLine);
    }

    [Fact]
    public void Verbose_lists_every_warning_and_closes_with_a_line_by_code()
    {
        using var site = Disk.Write(TestSite.WithBody(Body));

        var run = ExplainerInProcess.Start(site.Root, "build", "--verbose");

        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Count(l => l.Contains("warning EX0201", StringComparison.Ordinal)));
        Assert.Equal("by code: EX0201 4 warnings in 1 file", lines[^1]);
    }

    [Fact]
    public void Nowarn_leaves_a_code_out_and_an_unknown_code_is_a_usage_error_with_a_suggestion()
    {
        using var site = Disk.Write(TestSite.WithBody(Body));

        var quiet = ExplainerInProcess.Start(site.Root, "build", "--nowarn", "EX0201");
        var typo = ExplainerInProcess.Start(site.Root, "build", "--nowarn", "EX201");

        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal("", quiet.Error);
        Assert.Matches("^build: \\d+ pages, \\d+ files, 0 warnings, 0 errors in \\d+ ms$", quiet.SummaryLine);
        Assert.Equal(2, typo.ExitCode);
        Assert.StartsWith("error: --nowarn EX201: not a warning code; did you mean 'EX0201'?", typo.Error);
    }

    [Fact]
    public void Site_yml_can_ignore_a_warning_code_but_not_an_error_code()
    {
        var files = TestSite.WithBody(Body);
        files["input/site.yml"] += "ignore_warnings: [EX0201]\n";
        var quiet = TestSite.Build(files);
        files["input/site.yml"] = files["input/site.yml"].Replace("EX0201", "EX0102");
        var refused = TestSite.Build(files);

        Expect.Warnings(quiet);
        Expect.Errors(refused, "input/site.yml(5,19): error EX0113: 'EX0102' is an error, and errors cannot be ignored\n"
            + "  hint: warning codes are: EX0201, EX0202, EX0230, EX0231, EX0502, EX0600, EX0601, EX0740");
    }

    [Fact]
    public void Warnaserror_fails_the_build_and_keeps_the_previous_output()
    {
        using var site = Disk.Write(TestSite.WithBody(Body));

        var run = ExplainerInProcess.Start(site.Root, "build", "--warnaserror");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("input/articles/hello.md(13,1): error EX0201: raw HTML was omitted", run.Error);
        Assert.Matches("^build: 0 pages, 0 files, 0 warnings, 4 errors in \\d+ ms$", run.SummaryLine);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("--ouput", "  hint: --ouput: did you mean '--output'?")]
    [InlineData("--draft", "  hint: --draft: did you mean '--drafts'?")]
    public void Unknown_option_gets_a_suggestion(string option, string hint)
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(site.Root, "build", option, "out");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(hint + "\n", run.Error);
    }

    [Fact]
    public void Unknown_command_gets_a_suggestion()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(site.Root, "biuld");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("  hint: biuld: did you mean 'build'?\n", run.Error);
    }
}
