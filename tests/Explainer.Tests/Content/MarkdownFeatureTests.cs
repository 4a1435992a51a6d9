using System.Text;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Output;

namespace Explainer.Tests.Content;

/// <summary>GitHub's alerts and task lists, and definition lists: each feature's Markdown (Fixtures/markdown/*.md) against
/// its checked-in HTML and warnings (Fixtures/markdown/expected/). <c>UPDATE_GOLDEN=1 dotnet test --filter Golden</c>
/// rewrites them after a deliberate change.</summary>
public sealed class MarkdownFeatureTests
{
    private const string Page = "articles/hello/index.html";
    private static readonly string Fixtures = Path.Combine(TestSite.RepositoryRoot, "tests", "Explainer.Tests", "Fixtures", "markdown");

    [Theory]
    [InlineData("alerts")]
    [InlineData("task-lists")]
    [InlineData("definition-lists")]
    public void Golden_markdown_feature_renders_exactly_the_expected_html(string feature)
    {
        var diagnostics = new DiagnosticBag();
        var body = MarkdownRenderer.Render($"{feature}.md", File.ReadAllText(Path.Combine(Fixtures, feature + ".md")), 1, RawHtml.Safe, diagnostics);

        var found = string.Concat(diagnostics.ToSortedList().Select(d => d.Format() + "\n"));
        Golden.Verify(
            [new OutputFile("body.html", body.Html, feature), new OutputFile("diagnostics.txt", Encoding.UTF8.GetBytes(found), feature)],
            Path.Combine(Fixtures, "expected", feature));
    }

    [Theory]
    [InlineData("- [ ] ")]
    [InlineData("> [!NOTE]\n> ")]
    [InlineData(":   ")]
    public void New_syntax_nested_ten_thousand_deep_is_an_error_at_the_body_or_text_not_a_crash(string unit)
    {
        var result = TestSite.Build(TestSite.WithBody("Term\n" + string.Concat(Enumerable.Repeat(unit, 10_000)) + "x\n"));

        Assert.True(result.Succeeded || Expect.SingleError(result).Code == "EX0203", Expect.Listing(result.Diagnostics));
    }

    [Theory]
    [InlineData("> [!NOTE]\n> a\n\n")]
    [InlineData("> [!INFO]\n> a\n\n")]
    [InlineData("- [x] a\n")]
    [InlineData("a\n:   b\n")]
    public void Ten_thousand_of_the_new_constructs_build_within_a_few_seconds(string unit)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = TestSite.Build(TestSite.WithBody(string.Concat(Enumerable.Repeat(unit, 10_000))));

        Expect.Success(result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_heading_with_an_unclosed_bracket_keeps_it_in_the_table_of_contents()
    {
        var result = TestSite.Build(TestSite.WithBody("## One [draft\n\nx\n\n## Two\n\nx\n\n## Three\n\nx\n"));

        Assert.Equal("One [draft", TestSite.Html(result, Page).QuerySelector("nav.toc a")!.TextContent);
    }
}
