using System.Text;
using Explainer.Sources;

namespace Explainer.BrowserTests;

/// <summary>An article the real site does not have, added to the browser tests' build: the Markdown writers bring from
/// GitHub (a title with code, the five alerts, a task list, a definition list). Its slug sorts after the real articles,
/// so the page type tests keep looking at a real one.</summary>
internal static class MarkdownSample
{
    public const string Url = "/articles/writer-markdown/";

    public static InputFile File { get; } = new("input/articles/writer-markdown.md", Encoding.UTF8.GetBytes("""
        ---
        title: "`printf` and `wprintf` Functions"
        summary: Markdown as writers know it from *GitHub*, rendered by the site.
        date: 2020-01-01
        ---

        > [!NOTE]
        > Useful information that readers should know, even when skimming, with a [link](/matrix/) and `code`.

        > [!TIP]
        > Helpful advice for doing things better or more easily.

        > [!IMPORTANT]
        > Key information readers need to achieve their goal.

        > [!WARNING]
        > Urgent info that needs immediate attention to avoid problems.

        > [!CAUTION]
        > Advises about risks or negative outcomes of certain actions.

        - [x] Read the announcement
        - [ ] Compare the terms

        Priority
        :   The cloud serves the lab before others.

        """));
}
