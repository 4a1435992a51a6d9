using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Explainer.Content;

/// <summary>Headings with an id also get a self-link, so a reader can copy a link to a section.</summary>
internal sealed class AnchoredHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = heading.Level switch { 1 => "h1", 2 => "h2", 3 => "h3", 4 => "h4", 5 => "h5", _ => "h6" };
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        var id = heading.GetAttributes().Id;
        if (id is not null)
        {
            renderer.Write(" <a class=\"heading-anchor\" href=\"#").WriteEscapeUrl(id).Write("\" aria-label=\"Link to this section\">#</a>");
        }

        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
