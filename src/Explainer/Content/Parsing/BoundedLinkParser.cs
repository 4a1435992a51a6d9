using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>Markdig's link parser with the nesting cap of <see cref="InlineNesting"/> and the inline-link check of
/// <see cref="InlineLinkScan"/>, so that no run of brackets and parentheses makes it quadratic.</summary>
internal sealed class BoundedLinkParser : LinkInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        switch (slice.CurrentChar)
        {
            case '[' or '!' when InlineNesting.IsFull(processor):
                return false;
            case ']' when slice.PeekChar() == '(' && !InlineLinkScan.CanSucceed(slice.Text, slice.Start + 1, slice.End):
                // Ending the text at ']' hides the '(' that cannot start a link: Markdig then tries the reference forms,
                // exactly as it does after reading to the end of the paragraph and failing.
                var end = slice.End;
                slice.End = slice.Start;
                var matched = base.Match(processor, ref slice);
                slice.End = end;
                return matched;
            default:
                return base.Match(processor, ref slice);
        }
    }
}
