using System.Text;
using Explainer.Diagnostics;
using Markdig;
using Explainer.Content.Parsing;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content;

/// <summary>
/// Markdown to HTML with one pipeline built once: pipe tables, footnotes, heading ids, auto-links,
/// smart punctuation, strikethrough and the emphasis extras that do not clash with GFM, GitHub's alerts and task
/// lists, definition lists, and custom containers for embedded data blocks. Extensions are chosen one by one (no
/// generic attributes, so <c>{onclick=...}</c> stays text); unsafe URL schemes are neutralised and raw HTML goes
/// through <see cref="RawHtml"/>. Parsers that Markdig makes quadratic on hostile text are replaced
/// (<see cref="BoundedParsing"/>, <see cref="HeadingIds"/>), so no body takes long, whatever it holds.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>Blocks nest at most <see cref="BlockNesting.Limit"/> deep and inlines <see cref="InlineNesting.Limit"/>;
    /// rendering allows both at once (Markdig's default of 128 counts them together).</summary>
    private const int RenderDepth = 256;

    internal static readonly MarkdownPipeline Pipeline = CreatePipeline();

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder();

        // Markdig's extensions add their own parser only when the pipeline has none, so these stricter ones take its place:
        // alerts and task items as GitHub reads them, and definitions after ':' only ('~' starts too many lines of prose).
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new AlertParser());
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new TaskParser());
        builder.BlockParsers.Insert(0, new DefinitionListParser { OpeningCharacters = [':'] });
        return builder
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoLinks()
            .UseSmartyPants()
            // ~~strike~~, ^sup^ and ==mark==; single-tilde subscript would clash with GFM's ~strike~, and ++ins++ with C++.
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough | EmphasisExtraOptions.Superscript | EmphasisExtraOptions.Marked)
            .UseCustomContainers()
            .UseAlertBlocks()
            .UseTaskLists()
            .UseDefinitionLists()
            // Last: the bounded parsers take the place of Markdig's, with the emphasis characters the extras added.
            .Use<BoundedParsing>()
            .Use<HeadingIds>()
            .Build();
    }

    /// <summary>Each thread renders into one buffer, reused from article to article.</summary>
    [ThreadStatic]
    private static StringBuilder? buffer;

    private static StringBuilder Buffer
    {
        get => buffer ??= new StringBuilder();
        set => buffer = value;
    }

    /// <param name="bodyLine">The 1-based line of the file on which <paramref name="markdown"/> starts.</param>
    public static RenderedMarkdown Render(string path, string markdown, int bodyLine, RawHtml rawHtml, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (BlockNesting.TooDeep e)
        {
            diagnostics.Error(Codes.MarkdownFailed, new SourceLocation(path, bodyLine + e.Line, e.Column + 1),
                $"the Markdown could not be read: {e.Message}", "reduce the nesting of quotes and lists");
            return RenderedMarkdown.Empty;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            diagnostics.Error(Codes.MarkdownFailed, new SourceLocation(path, bodyLine, 1),
                $"the Markdown could not be read: {e.Message}", "reduce the nesting of quotes, lists or brackets");
            return RenderedMarkdown.Empty;
        }

        SourceLocation At(MarkdownObject node) => new(path, bodyLine + node.Line, node.Column + 1);

        var found = DocumentScan.Of(document);
        NeutraliseUnsafeUrls(found, At, diagnostics);
        if (rawHtml != RawHtml.Allow)
        {
            ReportRawHtml(found, rawHtml, At, diagnostics);
        }

        AlertLookalikes.Report(found.Quotes, At, diagnostics);
        found.Alerts.ForEach(AlertParser.RemoveMarkerParagraph);
        found.Tasks.ForEach(TaskLabel.Wrap);
        var blocks = EmbeddedBlocks.Collect(found.Containers, markdown, At, diagnostics);
        var html = Buffer;
        html.Clear();
        var renderer = new HtmlRenderer(new StringWriter(html)) { MaximumNestingDepth = RenderDepth };
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new PlaceholderRenderer(blocks));
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
        renderer.ObjectRenderers.Add(new TaskLabel.Renderer());
        if (rawHtml != RawHtml.Allow)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new OmittedHtmlBlockRenderer(rawHtml));
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new OmittedHtmlInlineRenderer(rawHtml));
        }

        try
        {
            renderer.Render(document);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            diagnostics.Error(Codes.MarkdownFailed, new SourceLocation(path, bodyLine, 1),
                $"the Markdown could not be rendered: {e.Message}", "reduce the nesting of quotes, lists or brackets");
            return RenderedMarkdown.Empty;
        }

        TableAlignment.ToClasses(html);
        var utf8 = ToUtf8(html);
        if (html.Capacity > 1 << 20)
        {
            // One huge article should not keep a huge buffer alive on its thread for the rest of the build.
            Buffer = new StringBuilder();
        }

        return new RenderedMarkdown(utf8, blocks.Values.OrderBy(b => b.Index).ToList(), Headings.Collect(found.Headings), CountWords(markdown));
    }

    private static void NeutraliseUnsafeUrls(DocumentScan found, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        foreach (var link in found.Links)
        {
            if (!UrlPolicy.IsSafe(link.Url))
            {
                diagnostics.Warning(Codes.UnsafeUrl, at(link), $"the URL '{Shorten(link.Url!)}' uses a scheme that is not allowed and was removed",
                    "links may use http, https, mailto, tel or a relative path");
                link.Url = "#";
            }
            else if (link.IsImage && UrlPolicy.IsOtherHost(link.Url))
            {
                diagnostics.Warning(Codes.ImageBlockedByCsp, at(link),
                    $"the image '{Shorten(link.Url!)}' is on another host, and the site's Content-Security-Policy (img-src 'self' in netlify.toml) blocks it: readers would see no image",
                    "copy the image into input/assets/ and write its path (/assets/...), or add its host to img-src in netlify.toml");
            }
        }

        foreach (var link in found.Autolinks)
        {
            if (!UrlPolicy.IsSafe(link.Url))
            {
                diagnostics.Warning(Codes.UnsafeUrl, at(link), $"the URL '{Shorten(link.Url)}' uses a scheme that is not allowed and was removed",
                    "links may use http, https, mailto, tel or a relative path");
                link.Url = "#";
            }
        }
    }

    /// <summary>Safe mode reports only what it omits, and a closing tag not at all: its opening tag was reported.</summary>
    private static void ReportRawHtml(DocumentScan found, RawHtml mode, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        const string Hint = "write it in Markdown, or set 'raw_html: allow' in input/site.yml if every writer is trusted";
        foreach (var block in found.HtmlBlocks)
        {
            var html = block.Lines.ToString();
            if (mode == RawHtml.Omit || SafeHtml.Block(html) is null)
            {
                diagnostics.Warning(Codes.RawHtmlOmitted, at(block), "raw HTML was omitted", Hint, SafeHtml.FirstOmitted(html));
            }
        }

        foreach (var inline in found.HtmlInlines)
        {
            if (mode == RawHtml.Omit || SafeHtml.Inline(inline.Tag) is null)
            {
                diagnostics.Warning(Codes.RawHtmlOmitted, at(inline), $"raw HTML '{Shorten(inline.Tag)}' was omitted", Hint, SafeHtml.FirstOmitted(inline.Tag));
            }
        }
    }

    private static byte[] ToUtf8(StringBuilder html)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in html.GetChunks())
        {
            length += encoder.GetByteCount(chunk.Span, flush: false);
        }

        length += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        var written = 0;
        foreach (var chunk in html.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return bytes;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static int CountWords(string markdown)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in markdown)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private sealed class PlaceholderRenderer(IReadOnlyDictionary<CustomContainer, EmbeddedBlock> blocks) : HtmlObjectRenderer<CustomContainer>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainer container)
        {
            if (blocks.TryGetValue(container, out var block))
            {
                renderer.EnsureLine();
                renderer.WriteLine(block.Placeholder);
            }
        }
    }
}
