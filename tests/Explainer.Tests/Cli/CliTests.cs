namespace Explainer.Tests.Cli;

/// <summary>The commands as a writer uses them: exit codes 0 (ok), 1 (content errors), 2 (usage), and the closing summary line.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CliTests
{
    [Fact]
    public void Build_of_a_valid_site_exits_0_and_ends_with_the_summary_line()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.Matches("^build: \\d+ pages, \\d+ files, 0 warnings, 0 errors in \\d+ ms$", run.SummaryLine);
        Assert.True(File.Exists(Path.Combine(site.Output, "articles/hello/index.html")));
    }

    [Fact]
    public void Content_error_exits_1_prints_the_diagnostic_and_writes_nothing()
    {
        using var site = Disk.Write(TestSite.With(TestSite.ArticlePath, TestSite.Minimal()[TestSite.ArticlePath].Replace("[openai]", "[opneai]")));

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("input/articles/hello.md(5,13): error EX0102: unknown company 'opneai'\n  hint: did you mean 'openai'?\n", run.Error);
        Assert.Matches("^build: 0 pages, 0 files, 0 warnings, 1 error in \\d+ ms$", run.SummaryLine);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_byte_identical()
    {
        using var site = Disk.Write(TestSite.Minimal());
        Assert.Equal(0, ExplainerInProcess.Start(site.Root, "build").ExitCode);
        var before = Disk.Hashes(site.Output);
        site.Put("theme/layouts/company.html", "{{ if page.company.slug == 'openai' }}{{ page.nope }}{{ end }}\n");

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("theme/layouts/company.html(1,47): error EX0302: Cannot get member with name nope. (while rendering /companies/openai/)", run.Error);
        Assert.Equal(before, Disk.Hashes(site.Output));
    }

    [Fact]
    public void Symbolic_link_loop_exits_1_with_a_diagnostic_instead_of_a_stack_trace()
    {
        using var site = Disk.Write(TestSite.Minimal());
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/data/loop"), "loop");

        var build = ExplainerInProcess.Start(site.Root, "build");
        var check = ExplainerInProcess.Start(site.Root, "check");

        Assert.Equal(1, build.ExitCode);
        Assert.StartsWith("input/data/loop(1,1): error EX0016: the symbolic link could not be followed: ", build.Error);
        Assert.DoesNotContain("   at ", build.Error);
        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith("input/data/loop(1,1): error EX0016:", check.Error);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Warnings_alone_exit_0_and_are_counted()
    {
        using var site = Disk.Write(TestSite.WithBody("<script>x</script>\n"));

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("input/articles/hello.md(11,1): warning EX0201:", run.Error);
        Assert.Matches("^build: \\d+ pages, \\d+ files, 1 warning, 0 errors in \\d+ ms$", run.SummaryLine);
    }

    [Fact]
    public void Two_broken_files_are_both_reported_in_one_run()
    {
        var files = TestSite.Minimal();
        files["input/data/clouds/azure.yml"] = "name: Azure\noperator: micrsoft\n";
        files["seeds/report.yml"] = "title: A report\npublisher: Example\npublished: 2026-02-30\n";
        using var site = Disk.Write(files);

        var run = ExplainerInProcess.Start(site.Root, "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/data/clouds/azure.yml(2,11): error EX0102", run.Error);
        Assert.Contains("seeds/report.yml(3,12): error EX0112", run.Error);
        Assert.Matches("^check: 0 pages, 0 files, 0 warnings, 2 errors in \\d+ ms$", run.SummaryLine);
    }

    [Fact]
    public void Check_reports_a_broken_link_and_a_broken_anchor_with_exit_1_and_writes_nothing()
    {
        using var site = Disk.Write(TestSite.WithBody("## Intro\n\n[a](/nowhere/) [b](/deals/reset/#nope) [c](#intro)\n"));

        var run = ExplainerInProcess.Start(site.Root, "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/articles/hello.md(13,5): error EX0401: the page /articles/hello/ links to /nowhere/, which does not exist", run.Error);
        Assert.Contains("input/articles/hello.md(13,20): error EX0402: the page /articles/hello/ links to /deals/reset/#nope, but that page has no id 'nope'", run.Error);
        Assert.Matches("^check: \\d+ pages, \\d+ files, 0 warnings, 2 errors in \\d+ ms$", run.SummaryLine);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Check_of_a_valid_site_exits_0_from_any_folder()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(AppContext.BaseDirectory, "check", "--root", site.Root);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches("^check: \\d+ pages, \\d+ files, 0 warnings, 0 errors in \\d+ ms$", run.SummaryLine);
    }

    [Fact]
    public void Drafts_option_builds_draft_articles()
    {
        var files = TestSite.Minimal();
        files["input/articles/draft.md"] = TestSite.Article("title: Draft\nsummary: x\ndate: 2026-11-20\ndraft: true\n");
        using var site = Disk.Write(files);

        var without = ExplainerInProcess.Start(site.Root, "build");
        var withoutDraft = File.Exists(Path.Combine(site.Output, "articles/draft/index.html"));
        var with = ExplainerInProcess.Start(site.Root, "build", "--drafts");

        Assert.Equal((0, 0), (without.ExitCode, with.ExitCode));
        Assert.False(withoutDraft);
        Assert.True(File.Exists(Path.Combine(site.Output, "articles/draft/index.html")));
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("build", "--nope")]
    [InlineData("build", "--root")]
    [InlineData("new", "article")]
    [InlineData("new", "widget", "x")]
    public void Usage_error_exits_2_with_a_pointer_to_help(params string[] args)
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(site.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.EndsWith("Run 'explainer --help' for usage.\n", run.Error);
    }

    [Fact]
    public void Missing_root_folder_exits_2()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(site.Root, "build", "--root", "does-not-exist");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: the root folder 'does-not-exist' does not exist\n", run.Error);
    }

    [Theory]
    [InlineData(".", "the output folder is the site root itself")]
    [InlineData("..", "the output folder contains the site root")]
    [InlineData("/", "the output folder is the file system root")]
    [InlineData("input", "the output folder is inside input/")]
    [InlineData("theme/out", "the output folder is inside theme/")]
    public void Output_folder_that_is_not_allowed_exits_2_and_touches_nothing(string output, string reason)
    {
        using var site = Disk.Write(TestSite.Minimal());
        var before = Disk.Hashes(site.Root);

        var run = ExplainerInProcess.Start(site.Root, "build", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{output}(1,1): error EX0501: refusing to write the site to '{output}': {reason}\n  hint: pass --output with a folder of its own, such as ./output\n", run.Error);
        Assert.Equal(before, Disk.Hashes(site.Root));
    }

    [Fact]
    public void Help_is_available_on_every_command()
    {
        var root = ExplainerInProcess.Start(AppContext.BaseDirectory, "--help");
        var commands = root.Out[root.Out.IndexOf("Commands:", StringComparison.Ordinal)..].Split('\n').Skip(1)
            .Where(line => line.StartsWith("  ", StringComparison.Ordinal)).Select(line => line.Trim().Split(' ')[0]).ToList();

        Assert.Equal(0, root.ExitCode);
        Assert.Contains("Usage:", root.Out);
        Assert.Superset(new HashSet<string> { "build", "check", "new" }, commands.ToHashSet());
        foreach (var command in commands)
        {
            var run = ExplainerInProcess.Start(AppContext.BaseDirectory, command, "--help");
            Assert.True(run.ExitCode == 0, $"{command} --help: {run.Error}");
            // In-process the program is named after the test host; the built command's name is checked in ProcessTests.
            Assert.Matches($"Usage:\n  \\S+ {command} ", run.Out);
            Assert.Contains("-h, --help", run.Out);
        }
    }

    [Fact]
    public void Root_help_lists_every_command()
    {
        var run = ExplainerInProcess.Start(AppContext.BaseDirectory, "--help");

        foreach (var command in new[] { "build", "check", "new" })
        {
            Assert.Matches($"(?m)^  {command} ", run.Out);
        }
    }
}
