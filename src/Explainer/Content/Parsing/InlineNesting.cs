using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>
/// Caps how deeply unmatched <c>[</c>, <c>*</c> and <c>_</c> nest while a paragraph is parsed. Markdig puts everything
/// after an opener inside it until it is closed, looks for the deepest one on every new inline, and refuses more than
/// 10,240 (or 128 when rendering). Past the cap, an opener is plain text: no writer nests links or emphasis this deep,
/// and prose with a few hundred stray brackets still renders.
/// </summary>
internal static class InlineNesting
{
    public const int Limit = 32;

    public static bool IsFull(InlineProcessor processor)
    {
        var depth = 0;
        for (var inline = processor.Inline; inline is not null; inline = inline.Parent)
        {
            if (inline is DelimiterInline { IsClosed: false } && ++depth >= Limit)
            {
                return true;
            }
        }

        return false;
    }
}
