using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>Markdig's parser for <c>&lt;...&gt;</c> that also remembers, for the paragraph being parsed, whether the
/// last raw <c>&lt;a</c> tag is still open, so <see cref="WebAutoLinkParser"/> need not look back at every earlier inline.</summary>
internal sealed class AnchorTracker(InlineParser key) : AutolinkInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (!base.Match(processor, ref slice))
        {
            return false;
        }

        if (processor.Inline is HtmlInline html)
        {
            if (html.Tag.StartsWith("</a", StringComparison.OrdinalIgnoreCase))
            {
                State(processor).InsideAnchor = false;
            }
            else if (html.Tag.StartsWith("<a", StringComparison.OrdinalIgnoreCase))
            {
                State(processor).InsideAnchor = true;
            }
        }

        return true;
    }

    public static bool IsInsideAnchor(InlineProcessor processor, InlineParser key) => processor.GetParserState<Anchor>(key).InsideAnchor;

    private Anchor State(InlineProcessor processor) => processor.GetParserState<Anchor>(key);

    private sealed class Anchor
    {
        public bool InsideAnchor { get; set; }
    }
}
