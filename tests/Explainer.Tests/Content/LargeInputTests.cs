using System.Diagnostics;

namespace Explainer.Tests.Content;

[Collection(TimingCollection.Name)]
public sealed class LargeInputTests
{
    private const string Page = "articles/hello/index.html";

    [Fact]
    public void Ten_megabyte_line_builds_within_a_few_seconds()
    {
        // Nothing else runs in this process meanwhile, so its CPU time measures the build even on a busy machine.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();

        var result = TestSite.Build(TestSite.WithBody(new string('a', 10_000_000) + "\n"));

        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Expect.Success(result);
        Assert.True(used < TimeSpan.FromSeconds(6), $"used {used} of CPU");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.True(TestSite.File(result, Page).Bytes.Length > 10_000_000);
    }
}
