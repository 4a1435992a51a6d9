using System.Diagnostics;
using Explainer.Tests.Cli;

namespace Explainer.Tests.Output;

/// <summary>Never half-published: output/ holds the complete previous build or the complete new one.</summary>
[Trait("Category", "Slow")]
public sealed class InterruptedBuildTests
{
    private static Disk LargeSite(int articles)
    {
        var files = TestSite.Minimal();
        for (var i = 0; i < articles; i++)
        {
            files[$"input/articles/generated-{i:D5}.md"] = TestSite.Article(
                $"title: Generated {i}\nsummary: Summary {i}.\ndate: 2026-01-{1 + (i % 28):D2}\ntags: [t{i % 40}]\ncompanies: [openai]\n",
                "## Part one\n\nSome words of text.\n");
        }

        return Disk.Write(files);
    }

    [Fact]
    public void Kill_during_a_build_leaves_the_previous_output_byte_identical()
    {
        using var site = LargeSite(800);
        var first = ExplainerProcess.Start(site.Root, "build", "--root", site.Root);
        Assert.True(first.ExitCode == 0, first.Error);
        var before = Disk.Hashes(site.Output);
        site.Put("input/articles/hello.md", TestSite.Article(TestSite.HelloFrontMatter, "Changed text.\n"));

        using (var process = Process.Start(ExplainerProcess.Info(site.Root, null, "build", "--root", site.Root))!)
        {
            var clock = Stopwatch.StartNew();
            var staging = false;
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                if (Directory.EnumerateDirectories(site.Root, ".explainer-staging-*").Any())
                {
                    staging = true;
                    Thread.Sleep(30);
                    break;
                }

                Thread.Sleep(1);
            }

            process.Kill();
            process.WaitForExit(10_000);
            Assert.True(staging, "the build finished before its staging folder was seen; the test could not kill it mid-write");
        }

        Assert.Equal(before, Disk.Hashes(site.Output));

        var third = ExplainerProcess.Start(site.Root, "build", "--root", site.Root);
        Assert.True(third.ExitCode == 0, third.Error);
        Assert.Contains("Changed text.", File.ReadAllText(Path.Combine(site.Output, "articles/hello/index.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".explainer-*"));
    }

    [Fact]
    public async Task A_build_waits_while_another_build_writes_the_same_output_folder()
    {
        using var site = Disk.Write(TestSite.Minimal());
        using var process = new Process { StartInfo = ExplainerProcess.Info(site.Root, null, "build") };
        var waiting = new TaskCompletionSource();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("waiting for another build into", StringComparison.Ordinal) == true)
            {
                waiting.TrySetResult();
            }
        };
        try
        {
            using (var other = Explainer.Output.OutputWriter.Begin(site.Output))
            {
                process.Start();
                process.BeginErrorReadLine();
                await waiting.Task.WaitAsync(TimeSpan.FromSeconds(60));

                Assert.False(process.HasExited);
                Assert.Single(Directory.EnumerateDirectories(site.Root, ".explainer-staging-*"));
                other.Write(new Explainer.Output.OutputFile("index.html", "other"u8.ToArray(), "test"));
                other.Commit();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(0, process.ExitCode);
            Assert.True(File.Exists(Path.Combine(site.Output, "articles/hello/index.html")));
        }
        finally
        {
            if (waiting.Task.IsCompleted && !process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
