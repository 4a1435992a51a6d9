namespace Explainer.Content;

/// <summary>Markdig writes column alignment as <c>style="text-align: ..."</c>, which a strict
/// Content-Security-Policy blocks; the theme styles these classes instead.</summary>
internal static class TableAlignment
{
    public static string ToClasses(string html) =>
        !html.Contains("style=\"text-align:", StringComparison.Ordinal)
            ? html
            : html.Replace("style=\"text-align: left;\"", "class=\"align-left\"", StringComparison.Ordinal)
                .Replace("style=\"text-align: right;\"", "class=\"align-right\"", StringComparison.Ordinal)
                .Replace("style=\"text-align: center;\"", "class=\"align-center\"", StringComparison.Ordinal);
}
