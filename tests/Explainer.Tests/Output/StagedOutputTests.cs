using System.Text;
using Explainer.Output;

namespace Explainer.Tests.Output;

public sealed class StagedOutputTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "explainer-staged-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(root, "output");

    [Fact]
    public void Rebuild_keeps_unchanged_files_and_replaces_changed_and_removed_ones()
    {
        Build(("index.html", "home"), ("a/index.html", "a"), ("gone.html", "old"));
        var before = File.GetLastWriteTimeUtc(Path.Combine(Output, "a/index.html"));
        var inode = Inode(Path.Combine(Output, "a/index.html"));
        Thread.Sleep(20);

        var unchanged = Build(("index.html", "home, edited"), ("a/index.html", "a"));

        Assert.Equal("home, edited", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(Output, "a/index.html")));
        Assert.False(File.Exists(Path.Combine(Output, "gone.html")));
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(Output, "a/index.html")));
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(1, unchanged);
            Assert.Equal(inode, Inode(Path.Combine(Output, "a/index.html")));
        }

        Assert.Empty(Directory.GetDirectories(root, ".explainer-*"));
    }

    [Fact]
    public void A_build_that_is_not_committed_leaves_the_previous_output_whole()
    {
        Build(("index.html", "first"), ("a/index.html", "a"));

        using (var staged = OutputWriter.Begin(Output))
        {
            staged.Write(new OutputFile("index.html", Encoding.UTF8.GetBytes("second"), "test"));
        }

        Assert.Equal("first", File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.Equal("a", File.ReadAllText(Path.Combine(Output, "a/index.html")));
        Assert.Empty(Directory.GetDirectories(root, ".explainer-*"));
    }

    [Fact]
    public async Task A_second_build_into_the_same_folder_waits_for_the_first_and_never_touches_its_staging()
    {
        Build(("index.html", "zero"));
        var waiting = new TaskCompletionSource();
        Task<int> second;
        using (var first = OutputWriter.Begin(Output))
        {
            first.Write(new OutputFile("index.html", Encoding.UTF8.GetBytes("first"), "test"));
            second = Task.Factory.StartNew(() => Build(() => waiting.SetResult(), ("index.html", "second"), ("b/index.html", "b")),
                TaskCreationOptions.LongRunning);
            await waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await Task.Delay(100);

            Assert.False(second.IsCompleted, "the second build did not wait for the first");
            first.Write(new OutputFile("a/index.html", Encoding.UTF8.GetBytes("a"), "test"));
            first.Commit();
            Assert.Equal("first", File.ReadAllText(Path.Combine(Output, "index.html")));
            Assert.Equal("a", File.ReadAllText(Path.Combine(Output, "a/index.html")));
        }

        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal([".explainer-build", "b/index.html", "index.html"], Disk.Hashes(Output).Keys);
        Assert.Empty(Directory.GetDirectories(root, ".explainer-*"));
    }

    [Fact]
    public void The_new_build_is_in_place_before_the_previous_output_is_removed()
    {
        Build(("index.html", "first"), ("old/index.html", "old"));

        using (var staged = OutputWriter.Begin(Output))
        {
            staged.Write(new OutputFile("index.html", Encoding.UTF8.GetBytes("second"), "test"));
            staged.Commit();

            Assert.Equal("second", File.ReadAllText(Path.Combine(Output, "index.html")));
            var previous = Assert.Single(Directory.GetDirectories(root, ".explainer-*"));
            Assert.Equal("old", File.ReadAllText(Path.Combine(previous, "old/index.html")));
        }

        Assert.Empty(Directory.GetDirectories(root, ".explainer-*"));
    }

    [Fact]
    public void A_build_leaves_the_staging_folder_of_a_similarly_named_output_alone()
    {
        var other = Path.Combine(root, $".explainer-staging-output-2-{Environment.ProcessId + 1}");
        Directory.CreateDirectory(other);

        Build(("index.html", "home"));

        Assert.True(Directory.Exists(other));
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private int Build(params (string Path, string Text)[] files) => Build(null, files);

    private int Build(Action? waiting, params (string Path, string Text)[] files)
    {
        using var staged = OutputWriter.Begin(Output, waiting);
        foreach (var (path, text) in files)
        {
            staged.Write(new OutputFile(path, Encoding.UTF8.GetBytes(text), "test"));
        }

        staged.Commit();
        return staged.Unchanged;
    }

    private static string Inode(string path)
    {
        var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var inode = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit(10_000);
        return inode;
    }
}
