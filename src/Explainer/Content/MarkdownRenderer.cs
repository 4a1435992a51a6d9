using System.Text;
using Explainer.Diagnostics;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content;

/// <summary>
/// Markdown to HTML with one pipeline built once: pipe tables, footnotes, heading ids, auto-links,
/// smart punctuation and custom containers for embedded data blocks. Extensions are chosen one by one
/// (no generic attributes, so <c>{onclick=...}</c> stays text); unsafe URL schemes are neutralised and
/// raw HTML is omitted with a warning unless the site opts in.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseSmartyPants()
        .UseCustomContainers()
        .Build();

    /// <summary>Each thread renders into one buffer, reused from article to article.</summary>
    [ThreadStatic]
    private static StringBuilder? buffer;

    private static StringBuilder Buffer
    {
        get => buffer ??= new StringBuilder();
        set => buffer = value;
    }

    /// <param name="bodyLine">The 1-based line of the file on which <paramref name="markdown"/> starts.</param>
    public static RenderedMarkdown Render(string path, string markdown, int bodyLine, bool allowHtml, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
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
        if (!allowHtml)
        {
            ReportRawHtml(found, At, diagnostics);
        }

        var blocks = EmbeddedBlocks.Collect(found.Containers, At, diagnostics);
        var html = Buffer;
        html.Clear();
        var renderer = new HtmlRenderer(new StringWriter(html));
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new PlaceholderRenderer(blocks));
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new AnchoredHeadingRenderer());
        if (!allowHtml)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new OmittedHtmlBlockRenderer());
            renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new OmittedHtmlInlineRenderer());
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

    private static void ReportRawHtml(DocumentScan found, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        const string Hint = "write it in Markdown, or set 'allow_html: true' in input/site.yml if every writer is trusted";
        foreach (var block in found.HtmlBlocks)
        {
            diagnostics.Warning(Codes.RawHtmlOmitted, at(block), "raw HTML was omitted", Hint);
        }

        foreach (var inline in found.HtmlInlines)
        {
            diagnostics.Warning(Codes.RawHtmlOmitted, at(inline), $"raw HTML '{Shorten(inline.Tag)}' was omitted", Hint);
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

    private sealed class OmittedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block) =>
            renderer.EnsureLine().WriteLine("<!-- raw HTML omitted -->");
    }

    private sealed class OmittedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline) =>
            renderer.Write("<!-- raw HTML omitted -->");
    }
}
