namespace Explainer.Tests.Cli;

/// <summary>reliability.md's fault cases through the command: exit 1, the message names the file and line, and the
/// previous output stays byte-identical.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class FaultCaseTests
{
    public static TheoryData<string, string, string> Faults() => new()
    {
        { TestSite.ArticlePath, "---\ntitle: Hello\nsummary: x\ndate: 2026-11-20\n\nNever closed.\n", "input/articles/hello.md(1,1): error EX0003" },
        { TestSite.ArticlePath, "---\ntitle: Hello\nsummary: x: y\ndate: 2026-11-20\n---\n", "input/articles/hello.md(3,11): error EX0010" },
        { TestSite.ArticlePath, "---\ntitle: Hello\ntitle: Again\nsummary: x\ndate: 2026-11-20\n---\n", "input/articles/hello.md(3,1): error EX0011" },
        { "seeds/report.yml", "title: x\npublisher: &a [a, a]\nreports: [*a, *a]\n", "seeds/report.yml(2,12): error EX0012" },
        { "seeds/report.yml", "title: x\npublisher: " + new string('[', 10_000) + new string(']', 10_000) + "\n", "seeds/report.yml(2,43): error EX0014" },
        { "seeds/report.yml", "title: !!python/object:os.system x\npublisher: y\n", "seeds/report.yml(1,8): error EX0013" },
        { TestSite.ArticlePath, "---\ntitle: Hello\nsummary: x\ndate: 2026-02-30\n---\n", "input/articles/hello.md(4,7): error EX0112" },
        { TestSite.ArticlePath, "---\ntitle: Hello\nsummary: x\ndate: 2026-11-20\n---\n\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "x\n", "input/articles/hello.md(7,201): error EX0203" },
        { "theme/layouts/deal.html", "<h1>{{ page.title }}\n{{ if page.deal }}\n", "theme/layouts/deal.html(2,19): error EX0301" },
        { "theme/layouts/deal.html", "<h1>{{ page.tittle }}</h1>\n", "theme/layouts/deal.html(1,13): error EX0302" },
        { "theme/layouts/deal.html", "{{ include '../../etc/passwd' }}\n", "theme/layouts/deal.html(1,4): error EX0305" },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void Fault_leaves_the_previous_output_byte_identical_and_names_the_line(string path, string text, string expected)
    {
        using var site = Disk.Write(TestSite.Minimal());
        Assert.Equal(0, ExplainerInProcess.Start(site.Root, "build").ExitCode);
        var before = Disk.Hashes(site.Output);
        site.Put(path, text);

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Error.Split('\n'), line => line.StartsWith(expected + ":", StringComparison.Ordinal));
        Assert.DoesNotContain("root:", run.Error);
        Assert.Matches("^build: 0 pages, 0 files, \\d+ warnings?, [1-9]\\d* errors? in \\d+ ms$", run.SummaryLine);
        Assert.Equal(before, Disk.Hashes(site.Output));
    }

    [Fact]
    public void Invalid_utf8_leaves_the_previous_output_byte_identical()
    {
        using var site = Disk.Write(TestSite.Minimal());
        Assert.Equal(0, ExplainerInProcess.Start(site.Root, "build").ExitCode);
        var before = Disk.Hashes(site.Output);
        File.WriteAllBytes(Path.Combine(site.Root, "seeds/report.yml"), [.. "title: caf"u8, 0xE9, .. "\npublisher: x\n"u8]);

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("seeds/report.yml(1,11): error EX0001: the file is not valid UTF-8", run.Error);
        Assert.Equal(before, Disk.Hashes(site.Output));
    }
}
