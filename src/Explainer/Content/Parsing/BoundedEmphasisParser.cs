using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>Markdig's emphasis parser with the nesting cap of <see cref="InlineNesting"/>. A run of more than twice
/// the cap (such as 20,000 <c>*</c>, which Markdig nests 10,000 deep) is text, as is any run past the cap; either is
/// taken whole, so it is read once.</summary>
internal sealed class BoundedEmphasisParser : EmphasisInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var start = slice.Start;
        var end = start;
        while (end < slice.End && slice.Text[end + 1] == slice.CurrentChar)
        {
            end++;
        }

        if (end - start < 2 * InlineNesting.Limit && !InlineNesting.IsFull(processor))
        {
            return base.Match(processor, ref slice);
        }

        processor.Inline = Literal.Of(processor, start, end, slice.Text);
        slice.Start = end + 1;
        return true;
    }
}
