using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Explainer.Content;

/// <summary>Raw HTML blocks when the site does not allow all HTML: what <see cref="SafeHtml"/> keeps, or a marker.</summary>
internal sealed class OmittedHtmlBlockRenderer(RawHtml mode) : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        var kept = mode == RawHtml.Safe ? SafeHtml.Block(block.Lines.ToString()) : null;
        if (kept != "")
        {
            renderer.EnsureLine().WriteLine(kept ?? "<!-- raw HTML omitted -->");
        }
    }
}
