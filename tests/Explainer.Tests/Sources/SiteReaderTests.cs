using Explainer.Sources;

namespace Explainer.Tests.Sources;

/// <summary>Whatever the disk holds, reading it gives diagnostics, never an exception.</summary>
public sealed class SiteReaderTests
{
    [Fact]
    public void Symbolic_link_loop_is_an_error_naming_the_link()
    {
        using var site = Disk.Write(TestSite.Minimal());
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/articles/loop-a.md"), "loop-b.md");
        File.CreateSymbolicLink(Path.Combine(site.Root, "input/articles/loop-b.md"), "loop-a.md");

        var input = SiteReader.Read(site.Root, null, new BuildOptions());

        Assert.Equal(["input/articles/loop-a.md", "input/articles/loop-b.md"], input.ReadDiagnostics.Select(d => d.Location.Path));
        Assert.All(input.ReadDiagnostics, d =>
        {
            Assert.Equal("EX0016", d.Code);
            Assert.True(d.IsError);
            Assert.StartsWith("the symbolic link could not be followed: ", d.Message);
            Assert.Equal("remove the link or point it at a file in its folder", d.Hint);
        });
        Assert.Contains(input.Files, f => f.Path == TestSite.ArticlePath);
    }
}
