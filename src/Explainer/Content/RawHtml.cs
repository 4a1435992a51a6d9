namespace Explainer.Content;

/// <summary>What happens to raw HTML in Markdown (<c>raw_html:</c> in site.yml).</summary>
public enum RawHtml
{
    /// <summary>Every tag is omitted with a warning.</summary>
    Omit,

    /// <summary>Harmless inline tags without attributes and <c>&lt;a name="x"&gt;</c> anchors are kept, comments are
    /// dropped, the rest is omitted with a warning.</summary>
    Safe,

    /// <summary>Everything passes through: for sites whose every writer is trusted.</summary>
    Allow,
}
