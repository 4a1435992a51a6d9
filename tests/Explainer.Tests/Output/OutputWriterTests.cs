using Explainer.Output;
using Explainer.Sources;

namespace Explainer.Tests.Output;

public sealed class OutputWriterTests
{
    [Fact]
    public void Output_replaces_the_previous_build_and_stale_files_vanish()
    {
        using var site = Disk.Write(TestSite.Minimal());
        var output = Path.Combine(site.Root, "output");
        OutputWriter.Write(output, [new OutputFile("old/index.html", "old"u8.ToArray(), "x")]);

        OutputWriter.Write(output, [new OutputFile("index.html", "new"u8.ToArray(), "x")]);

        Assert.Equal([".explainer-build", "index.html"], Disk.Hashes(output).Keys);
        Assert.Equal([".explainer-lock-output", "input", "output", "seeds", "theme"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("input")]
    [InlineData("seeds/out")]
    [InlineData("theme")]
    public void Output_folder_that_would_overwrite_sources_or_the_system_is_refused(string output)
    {
        using var site = Disk.Write(TestSite.Minimal());
        var full = output == "/" ? "/" : Path.Combine(site.Root, output);

        Assert.NotNull(OutputWriter.Refusal(full, site.Root, null));
    }

    [Fact]
    public void Ordinary_output_folder_is_accepted()
    {
        using var site = Disk.Write(TestSite.Minimal());

        Assert.Null(OutputWriter.Refusal(Path.Combine(site.Root, "output"), site.Root, null));
        Assert.Null(OutputWriter.Refusal(Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-public"), site.Root, null));
    }

    [Fact]
    public void Symlink_in_assets_pointing_outside_is_not_copied_and_is_a_warning()
    {
        using var site = Disk.Write(TestSite.Minimal());
        using var outside = Disk.Write(new Dictionary<string, string>());
        var secret = outside.Put("secret.txt", "top secret\n");
        site.Put("input/assets/ok.txt", "fine\n");
        Directory.CreateDirectory(Path.Combine(site.Root, "input/assets/links"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/assets/links/secret.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "input/assets/links/folder"), outside.Root);
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/assets/links/inside.txt"), Path.Combine(site.Root, "input/assets/ok.txt"));

        var result = SiteBuilder.Build(SiteReader.Read(site.Root, null, new BuildOptions()));

        Expect.Warnings(result,
            "input/assets/links/folder(1,1): warning EX0502: this symbolic link points outside its folder and was not read\n  hint: copy the file into the folder instead of linking to it",
            "input/assets/links/secret.txt(1,1): warning EX0502: this symbolic link points outside its folder and was not read\n  hint: copy the file into the folder instead of linking to it");
        var paths = result.Files.Select(f => f.Path).ToList();
        Assert.Contains("assets/ok.txt", paths);
        Assert.Contains("assets/links/inside.txt", paths);
        Assert.DoesNotContain(paths, p => p.Contains("secret", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Files, f => System.Text.Encoding.UTF8.GetString(f.Bytes).Contains("top secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Editor_droppings_and_hidden_files_are_not_read()
    {
        using var site = Disk.Write(TestSite.Minimal());
        site.Put("input/articles/.hello.md.swp", "garbage");
        site.Put("input/articles/hello.md~", "garbage");
        site.Put("input/articles/4913", "garbage");
        site.Put("input/data/companies/.#openai.yml", "garbage");

        var result = SiteBuilder.Build(SiteReader.Read(site.Root, null, new BuildOptions()));

        Expect.Warnings(result);
    }
}
