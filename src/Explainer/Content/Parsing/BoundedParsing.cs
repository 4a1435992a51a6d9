using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Extensions.Footnotes;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Explainer.Content.Parsing;

/// <summary>
/// Replaces the Markdig parsers that take quadratic time on hostile text (runs of brackets, links, emphasis,
/// bare links or reference definitions) with versions that do not, and that give the same result on ordinary text.
/// Use it after the other extensions: it keeps what they configured.
/// </summary>
internal sealed class BoundedParsing : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.Insert(0, new BlockNesting());
        pipeline.BlockParsers.Replace<ParagraphBlockParser>(new ReferenceParagraphParser());
        pipeline.BlockParsers.Replace<FootnoteParser>(new BoundedFootnoteParser());
        pipeline.InlineParsers.Replace<LinkInlineParser>(new BoundedLinkParser());
        var emphasis = pipeline.InlineParsers.Find<EmphasisInlineParser>()!;
        var bounded = new BoundedEmphasisParser();
        bounded.EmphasisDescriptors.Clear();
        bounded.EmphasisDescriptors.AddRange(emphasis.EmphasisDescriptors);
        bounded.TryCreateEmphasisInlineList.AddRange(emphasis.TryCreateEmphasisInlineList);
        pipeline.InlineParsers.Replace<EmphasisInlineParser>(bounded);
        pipeline.InlineParsers.Replace<CodeInlineParser>(new BoundedCodeParser());
        var autoLinks = new WebAutoLinkParser();
        pipeline.InlineParsers.Replace<AutoLinkParser>(autoLinks);
        pipeline.InlineParsers.Replace<AutolinkInlineParser>(new AnchorTracker(autoLinks));
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
