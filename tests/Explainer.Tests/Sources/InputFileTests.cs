using System.Runtime.CompilerServices;
using Explainer.Sources;

namespace Explainer.Tests.Sources;

/// <summary>A full build lets go of each article's bytes once it is parsed, and its page reads them from disk again:
/// the pages are the same bytes as a build that held them, and an article changed on disk meanwhile fails the build.</summary>
public sealed class InputFileTests
{
    private static Dictionary<string, string> Site()
    {
        var files = TestSite.Minimal();
        for (var i = 1; i <= 3; i++)
        {
            files[$"input/articles/note-{i}.md"] = $"---\ntitle: Note {i}\nsummary: Note number {i}.\ndate: 2026-11-2{i}\ncompanies: [openai]\n---\n\n"
                + $"## Part one\n\nText of note {i} with a [link](https://example.org/{i}).\n\n## Part two\n\n- a list\n- of {i}\n";
        }

        return files;
    }

    [Fact]
    public void A_full_build_holds_no_article_bytes_once_parsed()
    {
        using var disk = Disk.Write(Site());
        var input = SiteReader.Read(disk.Root, null, new BuildOptions());
        var article = input.Files.Single(f => f.Path == TestSite.ArticlePath);
        var bytes = Track(article);

        var result = SiteBuilder.Build(input);

        Assert.True(result.Succeeded);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.False(bytes.IsAlive, "the article's bytes are still held after the build");
        Assert.Equal(File.ReadAllBytes(Path.Combine(disk.Root, TestSite.ArticlePath)), article.Bytes); // read again on demand
    }

    [Fact]
    public void Pages_rendered_from_bytes_read_again_are_the_bytes_of_a_build_that_held_them()
    {
        using var disk = Disk.Write(Site());
        var fromDisk = SiteReader.Read(disk.Root, null, new BuildOptions());
        var held = new SiteInput(fromDisk.Files.Select(f => new InputFile(f.Path, f.Bytes)).ToList(), fromDisk.Options);

        // No body HTML kept from parsing: every article page renders its body again, from the disk.
        var released = new BuildSession(keepPages: false, stashLimit: 0).Build(fromDisk);
        var kept = SiteBuilder.Build(held);

        Assert.True(released.Succeeded);
        Assert.Equal(kept.Files.Select(f => f.Path), released.Files.Select(f => f.Path));
        Assert.Equal(kept.Files.Select(f => Convert.ToHexString(f.Bytes)), released.Files.Select(f => Convert.ToHexString(f.Bytes)));
        Assert.Contains(released.Files, f => f.Path == "articles/note-2/index.html");
    }

    [Theory]
    [InlineData("edited")]
    [InlineData("removed")]
    public void An_article_changed_on_disk_between_parse_and_render_fails_the_build_with_EX0750(string change)
    {
        using var disk = Disk.Write(Site());
        var input = SiteReader.Read(disk.Root, null, new BuildOptions());
        var session = new BuildSession(keepPages: false, stashLimit: 0);
        var state = session.Update(input);
        Assert.True(state.Succeeded);

        var path = Path.Combine(disk.Root, "input/articles/note-2.md");
        if (change == "edited")
        {
            File.WriteAllText(path, File.ReadAllText(path).Replace("Text of note 2", "Text of note 9"));
        }
        else
        {
            File.Delete(path);
        }

        var result = state.Complete();

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("input/articles/note-2.md(1,1): error EX0750: this file changed on disk while the site was being built, "
            + "so /articles/note-2/ was not made from the text that was checked\n"
            + "  hint: build again once the file is saved; the previous output is left as it was", error.Format());
    }

    [Fact]
    public void An_article_saved_again_with_the_same_bytes_still_builds()
    {
        using var disk = Disk.Write(Site());
        var input = SiteReader.Read(disk.Root, null, new BuildOptions());
        var state = new BuildSession(keepPages: false, stashLimit: 0).Update(input);

        var path = Path.Combine(disk.Root, "input/articles/note-2.md");
        File.WriteAllBytes(path, File.ReadAllBytes(path));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        var result = state.Complete();

        Assert.True(result.Succeeded);
        Assert.Contains(result.Files, f => f.Path == "articles/note-2/index.html");
    }

    [Fact]
    public void A_file_made_in_memory_keeps_its_bytes()
    {
        var input = TestSite.Input(Site());
        var article = input.Files.Single(f => f.Path == TestSite.ArticlePath);
        var bytes = Track(article);

        Assert.True(SiteBuilder.Build(input).Succeeded);

        GC.Collect();
        Assert.True(bytes.IsAlive);
    }

    /// <summary>A weak reference to the file's bytes, taken where no local keeps them alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Track(InputFile file) => new(file.Bytes);
}
