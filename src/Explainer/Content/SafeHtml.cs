using System.Collections.Frozen;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Content;

/// <summary>
/// The allow-list of <see cref="RawHtml.Safe"/>, as hosts of untrusted Markdown keep one: inline tags that carry
/// no attribute, so nothing can run script, load a resource or set a style; <c>&lt;a name="x"&gt;</c> and
/// <c>&lt;a id="x"&gt;</c> become an empty element with that id, so links to the anchor keep working; comments
/// are dropped without a word. Everything else is omitted.
/// </summary>
internal static partial class SafeHtml
{
    public static readonly FrozenSet<string> Tags = FrozenSet.ToFrozenSet(
    [
        "abbr", "b", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small",
        "strong", "sub", "sup", "u", "var", "wbr",
    ]);

    /// <summary>What safe mode writes for one raw tag: the tag itself when it is on the list, an element with the id
    /// for an anchor, nothing for a comment or for a closing tag whose opening tag is not kept, and null for a tag
    /// that is omitted (and reported).</summary>
    public static string? Inline(string tag)
    {
        if (tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            return "";
        }

        if (Plain().Match(tag) is { Success: true } plain)
        {
            var name = plain.Groups[2].Value.ToLowerInvariant();
            var closing = plain.Groups[1].Length > 0;
            return !Tags.Contains(name) ? (closing ? "" : null)
                : name is "br" or "wbr" ? $"<{name}>"
                : closing ? $"</{name}>" : $"<{name}>";
        }

        if (Anchor().Match(tag) is { Success: true } anchor)
        {
            var id = anchor.Groups[1].Success ? anchor.Groups[1].Value : anchor.Groups[2].Success ? anchor.Groups[2].Value : anchor.Groups[3].Value;
            return id.Length == 0 ? "" : $"<span id=\"{WebUtility.HtmlEncode(WebUtility.HtmlDecode(id))}\"></span>";
        }

        return null;
    }

    /// <summary>True for what <see cref="Inline"/> writes without a closing tag: <c>br</c>, <c>wbr</c> and anchors.</summary>
    public static bool IsVoid(string kept) => kept is "<br>" or "<wbr>" || kept.StartsWith("<span ", StringComparison.Ordinal);

    /// <summary>A block of raw HTML is kept when it is nothing but tags that <see cref="Inline"/> keeps (such as an
    /// anchor on a line of its own); otherwise it is omitted whole.</summary>
    public static string? Block(string html)
    {
        var kept = new StringBuilder();
        var end = 0;
        foreach (Match token in Token().Matches(html))
        {
            if (!string.IsNullOrWhiteSpace(html[end..token.Index]) || Inline(token.Value) is not { } safe)
            {
                return null;
            }

            kept.Append(safe);
            end = token.Index + token.Length;
        }

        return string.IsNullOrWhiteSpace(html[end..]) ? kept.ToString() : null;
    }

    /// <summary>The name of the first tag in <paramref name="html"/> that safe mode does not keep, for the warning.</summary>
    public static string FirstOmitted(string html)
    {
        foreach (Match token in Token().Matches(html))
        {
            if (Inline(token.Value) is null)
            {
                return Name().Match(token.Value) is { Success: true } name ? name.Groups[1].Value.ToLowerInvariant() : "html";
            }
        }

        return Name().Match(html) is { Success: true } first ? first.Groups[1].Value.ToLowerInvariant() : "html";
    }

    [GeneratedRegex(@"^<(/?)([a-zA-Z][a-zA-Z0-9]*)\s*/?>$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^<a\s+(?:name|id)\s*=\s*(?:""([^""<>]*)""|'([^'<>]*)'|([^\s""'=<>`]+))\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<!--.*?-->|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Token();

    [GeneratedRegex(@"^</?([a-zA-Z][a-zA-Z0-9-]*)")]
    private static partial Regex Name();
}
