using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content.Parsing;

internal static class Literal
{
    /// <summary>Text from <paramref name="start"/> to <paramref name="end"/> (inclusive) as one literal inline.</summary>
    public static LiteralInline Of(InlineProcessor processor, int start, int end, string text)
    {
        var position = processor.GetSourcePosition(start, out var line, out var column);
        return new LiteralInline
        {
            Content = new StringSlice(text, start, end),
            Span = new SourceSpan(position, position + end - start),
            Line = line,
            Column = column,
            IsClosed = true,
        };
    }
}
