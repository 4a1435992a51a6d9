namespace Explainer.Tests.Cli;

/// <summary>The folder <c>build</c> replaces: never the sources, however they are reached, and never a folder of
/// someone else's files.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class OutputFolderTests
{
    [Fact]
    public void Root_reached_through_a_symbolic_link_is_refused_as_output_and_the_sources_stay()
    {
        using var site = Disk.Write(TestSite.Minimal());
        using var links = Disk.Write(new Dictionary<string, string>());
        var link = Path.Combine(links.Root, "site");
        Directory.CreateSymbolicLink(link, site.Root);

        var throughRoot = ExplainerInProcess.Start(site.Root, "build", "--root", link, "--output", site.Root);
        var throughOutput = ExplainerInProcess.Start(site.Root, "build", "--root", site.Root, "--output", link);

        Assert.Equal(2, throughRoot.ExitCode);
        Assert.Contains("error EX0501: refusing to write the site to", throughRoot.Error);
        Assert.Contains("the output folder is the site root itself", throughRoot.Error);
        Assert.Equal(2, throughOutput.ExitCode);
        Assert.Contains("the output folder is the site root itself", throughOutput.Error);
        Assert.All(new[] { "input", "seeds", "theme" }, folder => Assert.True(Directory.Exists(Path.Combine(site.Root, folder)), folder));
        Assert.Empty(Directory.EnumerateDirectories(links.Root, ".explainer-*"));
    }

    [Fact]
    public void Output_reached_through_a_link_into_the_sources_is_refused()
    {
        using var site = Disk.Write(TestSite.Minimal());
        var link = Path.Combine(site.Root, "public");
        Directory.CreateSymbolicLink(link, "input/articles");

        var run = ExplainerInProcess.Start(site.Root, "build", "--output", link);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the output folder is inside input/", run.Error);
        Assert.True(File.Exists(Path.Combine(site.Root, TestSite.ArticlePath)));
    }

    [Fact]
    public void Output_folder_that_contains_the_theme_is_refused()
    {
        using var site = Disk.Write(TestSite.Minimal());
        var output = Path.Combine(site.Root, "public");
        Directory.CreateDirectory(output);
        Directory.Move(Path.Combine(site.Root, "theme"), Path.Combine(output, "theme"));

        var run = ExplainerInProcess.Start(site.Root, "build", "--output", output, "--theme", Path.Combine(output, "theme"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the output folder contains theme/", run.Error);
        Assert.True(Directory.Exists(Path.Combine(output, "theme", "layouts")));
    }

    [Fact]
    public void Existing_folder_of_other_files_is_not_replaced()
    {
        using var site = Disk.Write(TestSite.Minimal());
        var output = Path.Combine(site.Root, "public");
        site.Put("public/notes.txt", "mine\n");

        var run = ExplainerInProcess.Start(site.Root, "build", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{output}(1,1): error EX0504: refusing to replace '{output}': it holds files that no Explainer build wrote (it has no .explainer-build file)\n"
            + "  hint: empty the folder or pass --output with a folder of its own, such as ./output\n", run.Error);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName));
    }

    [Fact]
    public void Empty_folder_and_a_previous_build_are_replaced_without_a_question()
    {
        using var site = Disk.Write(TestSite.Minimal());
        Directory.CreateDirectory(site.Output);

        var first = ExplainerInProcess.Start(site.Root, "build");
        var second = ExplainerInProcess.Start(site.Root, "build");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.True(File.Exists(Path.Combine(site.Output, ".explainer-build")));
        Assert.True(File.Exists(Path.Combine(site.Output, "articles/hello/index.html")));
    }

    [Fact]
    public void A_site_an_older_build_wrote_without_the_marker_is_replaced()
    {
        using var site = Disk.Write(TestSite.Minimal());
        site.Put("output/data/explainer.json", "{}\n");
        site.Put("output/index.html", "<!DOCTYPE html>\n");

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(site.Output, ".explainer-build")));
        Assert.True(File.Exists(Path.Combine(site.Output, "articles/hello/index.html")));
    }

    [Fact]
    public void Output_folder_that_is_a_symbolic_link_stays_a_link_and_its_target_gets_the_site()
    {
        using var site = Disk.Write(TestSite.Minimal());
        using var elsewhere = Disk.Write(new Dictionary<string, string>());
        var target = Path.Combine(elsewhere.Root, "www");
        Directory.CreateDirectory(target);
        Directory.CreateSymbolicLink(site.Output, target);

        var first = ExplainerInProcess.Start(site.Root, "build");
        var second = ExplainerInProcess.Start(site.Root, "build");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Equal(target, new DirectoryInfo(site.Output).LinkTarget);
        Assert.True(File.Exists(Path.Combine(target, "articles/hello/index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".explainer-*"));
    }
}
