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
        var body = MarkdownRenderer.Render($"{feature}.md", File.ReadAllText(Path.Combine(Fixtures, feature + ".md")), 1, allowHtml: false, diagnostics);

        var found = string.Concat(diagnostics.ToSortedList().Select(d => d.Format() + "\n"));
        Golden.Verify(
            [new OutputFile("body.html", body.Html, feature), new OutputFile("diagnostics.txt", Encoding.UTF8.GetBytes(found), feature)],
            Path.Combine(Fixtures, "expected", feature));
    }
}
