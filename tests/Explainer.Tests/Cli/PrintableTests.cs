using Explainer.Cli.Serve;
using Explainer.Diagnostics;

namespace Explainer.Tests.Cli;

/// <summary>What content says reaches the terminal and the overlay as visible text, never as commands to them.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class PrintableTests
{
    [Fact]
    public void Terminal_escapes_and_direction_overrides_from_content_are_printed_as_codes()
    {
        using var site = Disk.Write(TestSite.WithArticle(TestSite.HelloFrontMatter.Replace("companies: [openai]", "companies: [open\u202Eai]")));
        site.Put("input/articles/x\u001b[2J.md", TestSite.Article("title: T\nsummary: S\ndate: 2026-11-20\n"));

        var run = ExplainerInProcess.Start(site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/articles/x\\u001B[2J.md(1,1): error EX0006", run.Error);
        Assert.Contains("unknown company 'open\\u202Eai'", run.Error);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.DoesNotContain('\u202E', run.Error);
    }

    [Fact]
    public void Overlay_shows_direction_overrides_and_escapes_as_codes()
    {
        var diagnostic = new Diagnostic(Severity.Error, "EX0102", new SourceLocation("input/a\u001b[31m.md", 1, 1), "unknown company 'a\u202Eb'", "hint \u2066x");

        var html = Overlay.Render([diagnostic], _ => "line with \u202E override\n");

        Assert.Contains("a\\u202Eb", html);
        Assert.Contains("input/a\\u001B[31m.md", html);
        Assert.Contains("\\u2066x", html);
        Assert.DoesNotContain('\u202E', html);
        Assert.DoesNotContain('\u001b', html);
    }
}
