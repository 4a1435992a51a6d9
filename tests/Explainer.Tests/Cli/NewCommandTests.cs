namespace Explainer.Tests.Cli;

[Collection(ConsoleCollection.Name)]
public sealed class NewCommandTests
{
    [Theory]
    [InlineData("company", "input/data/companies/my-company.yml")]
    [InlineData("cloud", "input/data/clouds/my-cloud.yml")]
    [InlineData("deal", "input/data/deals/my-deal.yml")]
    [InlineData("source", "seeds/my-source.yml")]
    public void New_record_skeleton_is_refused_by_the_build_until_its_placeholders_are_filled_in(string kind, string path)
    {
        using var site = Disk.Write(TestSite.Minimal());

        var created = ExplainerInProcess.Start(site.Root, "new", kind, $"my-{kind}");
        var check = ExplainerInProcess.Start(site.Root, "check");

        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Equal(path + "\n", created.Out);
        Assert.Equal(1, check.ExitCode);
        var errors = check.Error.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith(path + "(", e));
        Assert.All(errors, e => Assert.Contains("error EX0160: placeholder text left in: 'TODO", e));
    }

    [Fact]
    public void New_skeletons_name_no_real_company()
    {
        using var site = Disk.Write(TestSite.Minimal());

        ExplainerInProcess.Start(site.Root, "new", "cloud", "my-cloud");
        ExplainerInProcess.Start(site.Root, "new", "deal", "my-deal");

        var text = File.ReadAllText(Path.Combine(site.Root, "input/data/clouds/my-cloud.yml")) + File.ReadAllText(Path.Combine(site.Root, "input/data/deals/my-deal.yml"));
        Assert.DoesNotContain("microsoft", text);
        Assert.DoesNotContain("openai", text);
    }

    [Fact]
    public void New_article_is_a_draft_that_builds_and_is_refused_once_published_with_its_placeholders()
    {
        using var site = Disk.Write(TestSite.Minimal());

        var created = ExplainerInProcess.Start(site.Root, "new", "article", "my-article");
        var draft = ExplainerInProcess.Start(site.Root, "check");
        var path = Path.Combine(site.Root, "input/articles/my-article.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("draft: true", "draft: false"));
        var published = ExplainerInProcess.Start(site.Root, "check");

        Assert.Equal("input/articles/my-article.md\n", created.Out);
        Assert.True(draft.ExitCode == 0, draft.Error);
        Assert.Equal("", draft.Error);
        Assert.Equal(1, published.ExitCode);
        Assert.StartsWith("input/articles/my-article.md(3,10): error EX0160: placeholder text left in: 'TODO: one or two sentences", published.Error);
        Assert.Contains("input/articles/my-article.md(12,1): error EX0160: placeholder text left in: 'TODO: write the article here", published.Error);
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
