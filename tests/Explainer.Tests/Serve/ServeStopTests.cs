using System.Diagnostics;

namespace Explainer.Tests.Serve;

/// <summary>Ctrl+C and SIGTERM end <c>explainer serve</c> within a second, whatever it is doing.</summary>
[Collection(TimingCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ServeStopTests
{
    private const int Sigterm = 15;

    [Fact]
    public void Sigterm_during_a_slow_rebuild_ends_the_process_within_a_second()
    {
        var files = TestSite.Minimal();
        using var site = Disk.Write(files);
        var layout = Path.Combine(site.Root, "theme/layouts/base.html");
        File.WriteAllText(layout, "{{ if page.title == 'Slow' }}{{ for i in 1..3000 }}{{ for j in 1..3000 }}{{ x = 'a' | string.pad_left 200 }}{{ end }}{{ end }}{{ end }}"
            + File.ReadAllText(layout));
        using var serve = ServeProcess.Start(site.Root);

        site.Put(TestSite.ArticlePath, TestSite.Article(TestSite.HelloFrontMatter.Replace("title: Hello", "title: Slow")));
        serve.WaitForLine("build 2 started", TimeSpan.FromSeconds(10));
        var took = serve.Signal(Sigterm, TimeSpan.FromSeconds(10));

        Assert.True(took < TimeSpan.FromSeconds(1), $"serve took {took.TotalMilliseconds:F0} ms to stop");
    }

    [Fact]
    public async Task A_named_pipe_is_reported_and_the_server_still_answers_and_stops()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var site = Disk.Write(TestSite.Minimal());
        using var serve = ServeProcess.Start(site.Root);

        MakeFifo(Path.Combine(site.Root, "input/articles/pipe.md"));

        Assert.StartsWith("input/articles/pipe.md(1,1): error EX0018:", serve.WaitForLine("input/articles/pipe.md", TimeSpan.FromSeconds(20)));
        using var client = new HttpClient { BaseAddress = serve.Address, Timeout = TimeSpan.FromSeconds(10) };
        Assert.Contains("EX0018", await client.GetStringAsync("/articles/hello/"));
        var took = serve.Signal(Sigterm, TimeSpan.FromSeconds(10));
        Assert.True(took < TimeSpan.FromSeconds(1), $"serve took {took.TotalMilliseconds:F0} ms to stop");
    }

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        Assert.True(mkfifo.WaitForExit(10_000));
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
