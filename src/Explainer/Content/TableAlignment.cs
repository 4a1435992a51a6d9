using System.Text;

namespace Explainer.Content;

/// <summary>Markdig writes column alignment as <c>style="text-align: ..."</c>, which a strict
/// Content-Security-Policy blocks; the theme styles these classes instead.</summary>
internal static class TableAlignment
{
    /// <summary>Rewrites the HTML in place.</summary>
    public static void ToClasses(StringBuilder html) =>
        html.Replace("style=\"text-align: left;\"", "class=\"align-left\"")
            .Replace("style=\"text-align: right;\"", "class=\"align-right\"")
            .Replace("style=\"text-align: center;\"", "class=\"align-center\"");
}
