using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>Markdig's emphasis parser with the nesting cap of <see cref="InlineNesting"/>.</summary>
internal sealed class BoundedEmphasisParser : EmphasisInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        !InlineNesting.IsFull(processor) && base.Match(processor, ref slice);
}
