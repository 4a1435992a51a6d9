using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>Markdig's code span parser, which reads to the end of the paragraph for every run of backticks that has no
/// closing run of the same length (quadratic on <c>e`e``e```...</c>). This reads the paragraph once and remembers where
/// the last run of each length starts, so a run without a closer is text at once.</summary>
internal sealed class BoundedCodeParser : CodeInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var here = slice;
        var runs = processor.GetParserState(this, () => LastRuns(here));
        var length = 0;
        while (slice.PeekCharExtra(length) == '`')
        {
            length++;
        }

        if (runs.TryGetValue(length, out var last) && last > slice.Start)
        {
            return base.Match(processor, ref slice);
        }

        // Taken whole, so the rest of the run is not counted again from each of its backticks.
        processor.Inline = Literal.Of(processor, slice.Start, slice.Start + length - 1, slice.Text);
        slice.Start += length;
        return true;
    }

    /// <summary>The start of the last run of backticks of each length, from here to the end of the paragraph.</summary>
    private static Dictionary<int, int> LastRuns(StringSlice slice)
    {
        var runs = new Dictionary<int, int>();
        var text = slice.Text;
        for (var i = slice.Start; i <= slice.End; i++)
        {
            if (text[i] != '`')
            {
                continue;
            }

            var start = i;
            while (i < slice.End && text[i + 1] == '`')
            {
                i++;
            }

            runs[i - start + 1] = start;
        }

        return runs;
    }
}
