namespace Explainer.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class NewCommandTests
{
    [Theory]
    [InlineData("article", "input/articles/my-article.md")]
    [InlineData("company", "input/data/companies/my-company.yml")]
    [InlineData("cloud", "input/data/clouds/my-cloud.yml")]
    [InlineData("deal", "input/data/deals/my-deal.yml")]
    [InlineData("source", "seeds/my-source.yml")]
    public void New_writes_a_skeleton_that_builds_and_prints_its_path(string kind, string path)
    {
        using var site = Disk.Write(TestSite.Minimal());

        var created = ExplainerInProcess.Start(site.Root, "new", kind, $"my-{kind}");
        var check = ExplainerInProcess.Start(site.Root, "check");

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Equal(path + "\n", created.Out);
        Assert.True(File.Exists(Path.Combine(site.Root, path)));
        Assert.True(check.ExitCode == 0, check.Error);
        Assert.Equal("", check.Error);
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_file()
    {
        using var site = Disk.Write(TestSite.Minimal());
        var before = File.ReadAllText(Path.Combine(site.Root, TestSite.ArticlePath));

        var run = ExplainerInProcess.Start(site.Root, "new", "article", "hello");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("error: input/articles/hello.md already exists; nothing was written\n", run.Error);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Root, TestSite.ArticlePath)));
    }

    [Theory]
    [InlineData("My_Article")]
    [InlineData("../escape")]
    [InlineData("a--b")]
    public void New_rejects_an_invalid_slug_with_exit_2(string name)
    {
        using var site = Disk.Write(TestSite.Minimal());
        var before = Disk.Hashes(site.Root);

        var run = ExplainerInProcess.Start(site.Root, "new", "article", name);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: '{name}' is not a valid slug", run.Error);
        Assert.Equal(before, Disk.Hashes(site.Root));
    }

    [Fact]
    public void New_honours_the_root_option()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var run = ExplainerInProcess.Start(AppContext.BaseDirectory, "new", "source", "fresh-report", "--root", site.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Root, "seeds/fresh-report.yml")));
    }
}
