using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Explainer.Content;

/// <summary>Raw inline HTML when the site does not allow all HTML: what <see cref="SafeHtml"/> keeps, or a marker.</summary>
internal sealed class OmittedHtmlInlineRenderer(RawHtml mode) : HtmlObjectRenderer<HtmlInline>
{
    /// <summary>Kept tags still open, so a closing tag is written only when its opening tag was.</summary>
    private readonly Dictionary<string, int> open = new(StringComparer.Ordinal);

    protected override void Write(HtmlRenderer renderer, HtmlInline inline)
    {
        var kept = mode == RawHtml.Safe ? SafeHtml.Inline(inline.Tag) : null;
        if (kept is null)
        {
            renderer.Write("<!-- raw HTML omitted -->");
            return;
        }

        if (kept.StartsWith("</", StringComparison.Ordinal))
        {
            var name = kept[2..^1];
            if (open.GetValueOrDefault(name) == 0)
            {
                return;
            }

            open[name]--;
        }
        else if (kept.Length > 0 && !SafeHtml.IsVoid(kept))
        {
            var name = kept[1..^1];
            open[name] = open.GetValueOrDefault(name) + 1;
        }

        renderer.Write(kept);
    }
}
