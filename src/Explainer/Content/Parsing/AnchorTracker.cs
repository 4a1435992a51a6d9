using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>Markdig's parser for <c>&lt;...&gt;</c> that also remembers, for the paragraph being parsed, whether the
/// last raw <c>&lt;a</c> tag is still open, so <see cref="WebAutoLinkParser"/> need not look back at every earlier inline.
/// A <c>&lt;!--</c>, <c>&lt;?</c> or <c>&lt;![CDATA[</c> with no end after it is text at once: Markdig would read to the
/// end of the paragraph for each (quadratic on a run of <c>&lt;!--</c>).</summary>
internal sealed class AnchorTracker(InlineParser key) : AutolinkInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var here = slice;
        var ends = processor.GetParserState(this, () => new Ends(here));
        var span = slice.AsSpan();
        var end = span.StartsWith("<!--") ? ends.Comment : span.StartsWith("<?") ? ends.Instruction : span.StartsWith("<![CDATA[") ? ends.Data : ends.Tag;
        if (end < slice.Start || !base.Match(processor, ref slice))
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

    /// <summary>Where the last end of each kind of raw HTML is, in the paragraph.</summary>
    private sealed class Ends(StringSlice slice)
    {
        public int Comment { get; } = Last(slice, "-->");

        public int Instruction { get; } = Last(slice, "?>");

        public int Data { get; } = Last(slice, "]]>");

        public int Tag { get; } = Last(slice, ">");

        private static int Last(StringSlice slice, string end) => slice.Start + slice.AsSpan().LastIndexOf(end);
    }

    private sealed class Anchor
    {
        public bool InsideAnchor { get; set; }
    }
}
