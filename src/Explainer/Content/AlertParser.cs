using Markdig.Extensions.Alerts;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Explainer.Content;

/// <summary>GitHub's five alerts (<c>&gt; [!NOTE]</c> alone on the first line of a block quote that is not inside a list or
/// another quote). Markdig's own parser takes any word, so <c>&gt; [!INFO]</c> would lose its text and get no title;
/// here it stays a block quote, as on GitHub, and <see cref="AlertLookalikes"/> warns about it.</summary>
internal sealed class AlertParser : AlertInlineParser
{
    public static readonly IReadOnlyList<string> Kinds = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '!')
        {
            return false;
        }

        var end = slice.Text.IndexOf(']', slice.Start, Math.Min(slice.Length, 12));
        var kind = end > slice.Start + 2 ? slice.Text[(slice.Start + 2)..end] : "";
        if (!Kinds.Contains(kind, StringComparer.OrdinalIgnoreCase) || !base.Match(processor, ref slice))
        {
            return false;
        }

        // A callout is a note beside the text: assistive technology announces it as one, and its title says which kind.
        processor.Block!.Parent!.GetAttributes().AddProperty("role", "note");
        return true;
    }

    /// <summary>The paragraph that held only the marker would render as an empty <c>&lt;p&gt;&lt;/p&gt;</c>.</summary>
    public static void RemoveMarkerParagraph(AlertBlock alert)
    {
        if (alert.Count > 0 && alert[0] is ParagraphBlock { Inline.FirstChild: null } marker)
        {
            alert.RemoveAt(0);
        }
    }
}
