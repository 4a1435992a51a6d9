using Explainer.Sources;

namespace Explainer.Tests.Model;

public sealed class DraftTests
{
    private static Dictionary<string, string> WithDraft()
    {
        var files = TestSite.Minimal();
        files["input/articles/secret.md"] = TestSite.Article("title: Secret plans\nsummary: Not yet.\ndate: 2026-12-01\ncompanies: [openai]\ntags: [secret]\ndraft: true\n");
        return files;
    }

    [Fact]
    public void Drafts_are_left_out_of_the_build_everywhere()
    {
        var result = TestSite.Build(WithDraft());

        Expect.Success(result);
        Assert.DoesNotContain(result.Files, f => f.Path.Contains("secret", StringComparison.Ordinal));
        foreach (var file in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) || f.Path.EndsWith(".xml", StringComparison.Ordinal) || f.Path.EndsWith(".json", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("Secret plans", System.Text.Encoding.UTF8.GetString(file.Bytes));
        }
    }

    [Fact]
    public void Drafts_are_included_when_asked()
    {
        var result = TestSite.Build(WithDraft(), new BuildOptions { Drafts = true });

        Expect.Success(result);
        Assert.Equal("Secret plans", TestSite.Html(result, "articles/secret/index.html").QuerySelector("main h1")!.TextContent);
        Assert.Contains("Secret plans", TestSite.MainText(result, "companies/openai/index.html"));
        Assert.Contains("Secret plans", TestSite.Page(result, "feed.xml"));
        Assert.NotNull(TestSite.File(result, "tags/secret/index.html"));
    }

    [Fact]
    public void Preview_marks_a_draft_with_a_banner()
    {
        var result = TestSite.Build(WithDraft(), new BuildOptions { Preview = true });

        Expect.Success(result);
        Assert.NotNull(TestSite.Html(result, "articles/secret/index.html").QuerySelector(".draft-banner"));
        Assert.Null(TestSite.Html(result, "articles/hello/index.html").QuerySelector(".draft-banner"));
    }
}
