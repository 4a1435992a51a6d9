using System.Net;
using Scriban;
using Scriban.Parsing;

namespace Explainer.Rendering;

/// <summary>A template context that escapes every value written by <c>{{ ... }}</c>, except <see cref="RawHtml"/>.
/// Literal template text is written by Scriban through another path and stays as it is.</summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RawHtml raw)
        {
            Write(raw.Value);
            return this;
        }

        var text = ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text))
        {
            Write(WebUtility.HtmlEncode(text));
        }

        return this;
    }
}
