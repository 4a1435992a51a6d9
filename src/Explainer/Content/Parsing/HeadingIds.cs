using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>
/// GitHub-style heading ids, as Markdig's <c>UseAutoIdentifiers(AutoIdentifierOptions.GitHub)</c> makes them
/// (<c>intro</c>, <c>intro-1</c>, <c>intro-2</c>, ...). Markdig finds a free suffix by trying 1, 2, 3, ... for every
/// repeated heading, which is quadratic in the number of equal headings; this remembers the next suffix to try.
/// </summary>
internal sealed class HeadingIds : IMarkdownExtension
{
    private static readonly object Key = typeof(HeadingIds);

    [ThreadStatic]
    private static (HtmlRenderer Renderer, StringWriter Writer)? plain;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.Find<HeadingBlockParser>()!.Closed += OnClosed;
        pipeline.BlockParsers.Find<ParagraphBlockParser>()!.Closed += OnClosed; // setext headings close as paragraphs
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += AssignId;
        }
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }

        if (processor.Document.GetData(Key) is not Ids ids)
        {
            ids = new Ids();
            processor.Document.SetData(Key, ids);
        }

        var id = LinkHelper.UrilizeAsGfm(PlainText(heading.Inline));
        attributes.Id = ids.Unique(id.Length == 0 ? "section" : id);
    }

    /// <summary>The heading as text without tags or escaping, which is what GitHub turns into an id.</summary>
    private static string PlainText(ContainerInline inline)
    {
        if (inline.FirstChild is LiteralInline { NextSibling: null } literal)
        {
            return literal.Content.ToString(); // what the renderer below writes for it, without the renderer
        }

        if (plain is not { } cached)
        {
            var writer = new StringWriter();
            cached = (new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false }, writer);
            plain = cached;
        }

        cached.Writer.GetStringBuilder().Clear();
        cached.Renderer.Render(inline);
        return cached.Writer.ToString();
    }

    private sealed class Ids
    {
        private readonly HashSet<string> taken = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> lastSuffix = new(StringComparer.Ordinal);

        /// <summary>Suffixes below the remembered one are all taken, so starting there gives the id Markdig gives.</summary>
        public string Unique(string id)
        {
            if (taken.Add(id))
            {
                return id;
            }

            lastSuffix.TryGetValue(id, out var suffix);
            string candidate;
            do
            {
                suffix++;
                candidate = id + "-" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            while (!taken.Add(candidate));

            lastSuffix[id] = suffix;
            return candidate;
        }
    }
}
