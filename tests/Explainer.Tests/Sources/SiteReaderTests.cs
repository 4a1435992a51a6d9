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

    [Fact]
    public async Task Named_pipe_is_an_error_and_is_never_opened()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var site = Disk.Write(TestSite.Minimal());
        var pipe = Path.Combine(site.Root, "input/articles/pipe.md");
        Serve.ServeStopTests.MakeFifo(pipe);

        var reading = Task.Run(() => SiteReader.Read(site.Root, null, new BuildOptions()));
        try
        {
            var input = await reading.WaitAsync(TimeSpan.FromSeconds(10));

            var error = Assert.Single(input.ReadDiagnostics);
            Assert.Equal("input/articles/pipe.md(1,1): error EX0018: this is not a regular file (a named pipe, socket or device) and was not read\n"
                + "  hint: remove it; the site is made of ordinary files only", error.Format());
            Assert.DoesNotContain(input.Files, f => f.Path.EndsWith("pipe.md", StringComparison.Ordinal));
        }
        finally
        {
            if (!reading.IsCompleted)
            {
                await using var writer = new FileStream(pipe, FileMode.Open, FileAccess.Write); // lets a reader stuck in open() go
            }
        }
    }
}
