using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>
/// Markdig's footnote parser without its two quadratic steps: each footnote's reference is added to a list that is
/// searched from the start for every new one, and footnotes nothing refers to are removed one at a time from the front
/// of the list of footnotes. The reference stays findable by its label; the unused footnotes are dropped in one pass
/// before Markdig numbers the rest.
/// </summary>
internal sealed class BoundedFootnoteParser : FootnoteParser
{
    private static readonly object Key = typeof(BoundedFootnoteParser);

    public BoundedFootnoteParser() => Closed += ForgetReference;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.Document.GetData(Key) is null)
        {
            // Before Markdig's own handler, which it adds when it opens the first footnote.
            processor.Document.SetData(Key, Key);
            processor.Document.ProcessInlinesEnd += DropUnused;
        }

        return base.TryOpen(processor);
    }

    private static void ForgetReference(BlockProcessor processor, Block block)
    {
        var references = processor.Document.GetLinkReferenceDefinitions(addGroup: true);
        for (var i = references.Count - 1; i >= Math.Max(0, references.Count - 4); i--)
        {
            if (references[i] is FootnoteLinkReferenceDefinition reference && reference.Footnote == block)
            {
                references.RemoveAt(i);
                return;
            }
        }
    }

    private static void DropUnused(InlineProcessor processor, Inline? inline)
    {
        if (processor.Document.LastOrDefault(b => b is FootnoteGroup) is not FootnoteGroup footnotes || footnotes.All(f => ((Footnote)f).Order >= 0))
        {
            return;
        }

        var used = footnotes.Where(f => ((Footnote)f).Order >= 0).ToList();
        footnotes.Clear();
        foreach (var footnote in used)
        {
            footnotes.Add(footnote);
        }
    }
}
