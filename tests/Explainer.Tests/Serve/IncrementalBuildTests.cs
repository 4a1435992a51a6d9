using System.Text;
using Explainer.Sources;

namespace Explainer.Tests.Serve;

/// <summary>A build that reuses the previous build's work must give exactly what a full build of the same
/// input gives: every file, byte for byte, and every diagnostic.</summary>
public sealed class IncrementalBuildTests
{
    private readonly List<InputFile> files = SiteReader.Read(TestSite.RepositoryRoot, null, new BuildOptions()).Files.ToList();
    private readonly BuildCache cache = new();

    public static TheoryData<bool> Modes => new() { false, true };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Every_kind_of_edit_gives_the_bytes_of_a_full_build(bool preview)
    {
        var options = new BuildOptions { Preview = preview };
        AssertSameAsFullBuild(options, "first build");

        Edit("input/articles/why-now.md", t => t + "\nOne more paragraph, typed in the preview.\n");
        AssertSameAsFullBuild(options, "article body");
        Edit("input/articles/why-now.md", t => t.Replace("title: Why", "title: So why"));
        AssertSameAsFullBuild(options, "article title");
        Edit("input/data/companies/amazon.yml", t => t.Replace("summary: ", "summary: Still "));
        AssertSameAsFullBuild(options, "company record");
        Edit("input/data/deals/microsoft-openai-reset.yml", t => t.Replace("exclusive", "priority"));
        AssertSameAsFullBuild(options, "deal");
        Edit("theme/partials/card.html", t => "<!-- card -->" + t);
        AssertSameAsFullBuild(options, "theme partial");
        Edit("theme/static/css/site.css", t => t + "\nmain { color: #111; }\n");
        AssertSameAsFullBuild(options, "stylesheet");
        Edit("input/site.yml", t => t.Replace("title: ", "title: The "));
        AssertSameAsFullBuild(options, "site.yml");
        files.Add(new InputFile("input/articles/added.md", Encoding.UTF8.GetBytes("---\ntitle: Added\nsummary: New.\ndate: 2026-11-20\ndraft: true\n---\n\nText.\n")));
        AssertSameAsFullBuild(options, "new article");
        files.RemoveAll(f => f.Path == "input/articles/glossary.md");
        AssertSameAsFullBuild(options, "deleted article");
    }

    [Fact]
    public void A_failed_build_and_its_fix_give_the_bytes_and_findings_of_a_full_build()
    {
        var options = new BuildOptions { Preview = true };
        AssertSameAsFullBuild(options, "first build");
        var good = Text("input/articles/why-now.md");

        Edit("input/articles/why-now.md", t => t.Replace("date:", "dtae:"));
        AssertSameAsFullBuild(options, "error");
        Edit("theme/layouts/article.html", t => t.Replace("{{ end }}", ""));
        AssertSameAsFullBuild(options, "second error");
        Edit("input/articles/why-now.md", _ => good);
        Edit("theme/layouts/article.html", t => File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "theme/layouts/article.html")));
        AssertSameAsFullBuild(options, "fixed");
    }

    [Fact]
    public void Only_the_pages_an_edit_affects_are_rendered_again()
    {
        var options = new BuildOptions { Preview = true };
        var first = Build(options);

        Edit("input/articles/why-now.md", t => t + "\nA sentence.\n");
        Build(options);
        var bodyOnly = cache.LastWasBodyEdit;
        Edit("input/data/companies/amazon.yml", t => t.Replace("summary: ", "summary: Still "));
        Build(options);
        var (parsedAfterCompany, renderedAfterCompany) = (cache.Parsed.LastParsed, cache.Rendered.LastRendered);
        Edit("theme/partials/card.html", t => "<!-- card -->" + t);
        Build(options);
        var afterPartial = cache.Rendered.LastRendered;
        Edit("input/site.yml", t => t.Replace("title: ", "title: The "));
        Build(options);

        Assert.True(bodyOnly, "a body edit re-planned the whole site");
        Assert.Equal(1, parsedAfterCompany);
        Assert.InRange(renderedAfterCompany, 2, first.PageCount - 1);
        Assert.InRange(afterPartial, 2, first.PageCount - 1);
        Assert.Equal(first.PageCount, cache.Rendered.LastRendered);
    }

    [Fact]
    public void Body_edits_take_the_shortcut_and_still_give_the_bytes_and_findings_of_a_full_build()
    {
        var options = new BuildOptions { Preview = true };
        AssertSameAsFullBuild(options, "first build");

        Edit("input/articles/glossary.md", t => t.Replace("\n::: company openai", "\nA new sentence.\n\n::: company openai"));
        AssertSameAsFullBuild(options, "body above a block");
        Assert.True(cache.LastWasBodyEdit);
        Edit("input/articles/glossary.md", t => t + "\n<div>raw html</div>\n");
        AssertSameAsFullBuild(options, "body with a warning");
        Assert.True(cache.LastWasBodyEdit);
        Edit("input/articles/glossary.md", t => t + "\n## A new heading\n\nText.\n");
        AssertSameAsFullBuild(options, "new heading");
        Edit("input/articles/why-now.md", t => t + "\n" + string.Concat(Enumerable.Repeat("word ", 400)) + "\n");
        AssertSameAsFullBuild(options, "longer reading time");
        Assert.False(cache.LastWasBodyEdit);
        Edit("input/articles/why-now.md", t => t + "\n::: company openai\n:::\n");
        AssertSameAsFullBuild(options, "new block");
        Assert.False(cache.LastWasBodyEdit);
        Edit("input/articles/why-now.md", t => t + "\n::: company nobody\n:::\n");
        AssertSameAsFullBuild(options, "block naming an unknown company");
        Edit("input/articles/why-now.md", t => t.Replace("::: company nobody\n:::\n", "Fixed.\n"));
        AssertSameAsFullBuild(options, "fixed block");
        Edit("input/articles/why-now.md", t => t + "\nAnd one more line.\n");
        Edit("input/articles/glossary.md", t => t + "\nAnd one more line.\n");
        AssertSameAsFullBuild(options, "two bodies at once");
        Assert.True(cache.LastWasBodyEdit);
    }

    private BuildResult Build(BuildOptions options) => SiteBuilder.Build(new SiteInput(files.ToList(), options), cache);

    private void AssertSameAsFullBuild(BuildOptions options, string step)
    {
        var incremental = Build(options);
        var full = SiteBuilder.Build(new SiteInput(files.Select(f => new InputFile(f.Path, f.Bytes.ToArray())).ToList(), options));

        Assert.Equal(full.Diagnostics.Select(d => d.Format()), incremental.Diagnostics.Select(d => d.Format()));
        Assert.Equal(full.Files.Select(f => f.Path), incremental.Files.Select(f => f.Path));
        foreach (var (expected, actual) in full.Files.Zip(incremental.Files))
        {
            Assert.True(expected.Bytes.AsSpan().SequenceEqual(actual.Bytes), $"after the {step} edit, {expected.Path} differs from a full build");
        }

        Assert.Equal(full.PageCount, incremental.PageCount);
    }

    private string Text(string path) => Encoding.UTF8.GetString(files.Single(f => f.Path == path).Bytes);

    private void Edit(string path, Func<string, string> change)
    {
        var index = files.FindIndex(f => f.Path == path);
        var changed = change(Text(path));
        Assert.NotEqual(Text(path), changed);
        files[index] = new InputFile(path, Encoding.UTF8.GetBytes(changed));
    }
}
