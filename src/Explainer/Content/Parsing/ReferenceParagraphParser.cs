using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Explainer.Content.Parsing;

/// <summary>
/// Markdig's paragraph parser, taking the link reference definitions at the start of a paragraph in one pass. Markdig
/// takes them one at a time, shifting every remaining line and searching every earlier definition after each one,
/// which is quadratic in the number of definitions. The definitions are found by label, as before. Whatever this leaves, Markdig's own parser handles as before.
/// </summary>
internal sealed class ReferenceParagraphParser : ParagraphBlockParser
{
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is ParagraphBlock paragraph && !processor.IsCodeIndent && IsSetextUnderline(processor.Line))
        {
            TakeDefinitions(processor, paragraph);
            if (paragraph.Lines.Count == 0)
            {
                // Definitions only: the underline is not a heading but the paragraph's text, as Markdig has it.
                paragraph.UpdateSpanEnd(processor.Line.End);
                return BlockState.Continue;
            }
        }

        return base.TryContinue(processor, block);
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is ParagraphBlock paragraph)
        {
            TakeDefinitions(processor, paragraph);
        }

        return base.Close(processor, block);
    }

    private static void TakeDefinitions(BlockProcessor processor, ParagraphBlock paragraph)
    {
        if (processor.TrackTrivia || paragraph.Lines.Count == 0)
        {
            return;
        }

        var iterator = paragraph.Lines.ToCharIterator();
        var taken = iterator;
        var found = false;
        while (iterator.SliceIndex < paragraph.Lines.Count)
        {
            var line = paragraph.Lines.Lines[iterator.SliceIndex].Line;
            if (!LinkReferenceDefinition.TryParse(ref iterator, out var definition))
            {
                break;
            }

            definition.Line = line;
            // Only by label: Markdig would also add it to a list it searches from the start for every definition.
            processor.Document.GetLinkReferenceDefinitions(addGroup: true).Links.TryAdd(definition.Label!, definition);
            taken = iterator;
            found = true;
        }

        if (found)
        {
            paragraph.Lines = taken.Remaining();
        }
    }

    private static bool IsSetextUnderline(StringSlice line)
    {
        var c = line.CurrentChar;
        if (c is not ('=' or '-'))
        {
            return false;
        }

        while (line.CurrentChar == c)
        {
            line.NextChar();
        }

        while (line.CurrentChar.IsSpaceOrTab())
        {
            line.NextChar();
        }

        return line.IsEmpty;
    }
}
