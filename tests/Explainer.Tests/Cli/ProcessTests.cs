namespace Explainer.Tests.Cli;

/// <summary>What only a real child process shows: the installed command, its version and its environment.</summary>
[Trait("Category", "Slow")]
public sealed class ProcessTests
{
    [Fact]
    public void Built_command_exits_0_and_prints_the_summary_on_standard_output()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerProcess.Start(site.Root, "build");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Error);
        Assert.Matches("^build: \\d+ pages, \\d+ files, 0 warnings, 0 errors in \\d+ ms\n$", run.Out);
    }

    [Fact]
    public void Built_command_exits_2_on_a_usage_error()
    {
        var run = ExplainerProcess.Start(AppContext.BaseDirectory, "bulid");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: ", run.Error);
    }

    [Fact]
    public void Help_names_the_command_explainer()
    {
        var run = ExplainerProcess.Start(AppContext.BaseDirectory, "build", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:\n  explainer build [options]\n", run.Out);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var run = ExplainerProcess.Start(AppContext.BaseDirectory, "--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("^\\d+\\.\\d+\\.\\d+", run.Out);
    }

    [Fact]
    public void Home_folder_as_output_is_refused_with_exit_2()
    {
        using var site = Disk.Write(TestSite.Minimal());
        var home = Directory.CreateTempSubdirectory("explainer-home-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(home, "keep.txt"), "mine\n");

            var run = ExplainerProcess.Start(site.Root, new Dictionary<string, string> { ["HOME"] = home }, "build", "--output", home);

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"{home}(1,1): error EX0501: refusing to write the site to '{home}': the output folder is the home folder\n"
                + "  hint: pass --output with a folder of its own, such as ./output\n", run.Error);
            Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(home).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }
}
