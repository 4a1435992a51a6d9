using Explainer.Diagnostics;

namespace Explainer.Content;

/// <summary>An article body as HTML, encoded as UTF-8 (the form it is written in, and half the memory of a string).
/// Embedded data blocks stand in it as placeholders (<see cref="EmbeddedBlock.Placeholder"/>) that the page renderer
/// fills in once the whole site is known.</summary>
public sealed record RenderedMarkdown(
    byte[] Html,
    IReadOnlyList<EmbeddedBlock> Blocks,
    IReadOnlyList<Heading> Headings,
    int WordCount)
{
    public static RenderedMarkdown Empty { get; } = new([], [], [], 0);
}

/// <summary>A heading of the body, for the table of contents.</summary>
public sealed record Heading(int Level, string Id, string Text);

/// <summary><c>::: compare deal</c>, <c>::: matrix [lab]</c>, <c>::: timeline</c> or <c>::: company slug</c> in an article body.</summary>
public sealed record EmbeddedBlock(string Kind, IReadOnlyList<string> Arguments, SourceLocation Location, int Index)
{
    public static readonly IReadOnlyList<string> Kinds = ["compare", "matrix", "timeline", "company"];

    public string Placeholder => PlaceholderFor(Index);

    public static string PlaceholderFor(int index) => $"<!--explainer-block:{index}-->";
}
