using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Explainer.Content;

/// <summary>GitHub's task list items: <c>[ ]</c>, <c>[x]</c> or <c>[X]</c> then a space, at the very start of a list item.
/// Markdig's own parser takes them anywhere in a list item, so <c>- see [x] here</c> would get a checkbox in mid-sentence
/// and <c>- [x](https://...)</c> would lose its link.</summary>
internal sealed class TaskParser : TaskListInlineParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        processor.Block is ParagraphBlock { Parent: ListItemBlock item, Inline.FirstChild: null } paragraph
        && item[0] == paragraph
        && slice.PeekCharExtra(3) is ' ' or '\t'
        && base.Match(processor, ref slice);
}
