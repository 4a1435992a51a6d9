using System.Globalization;
using System.Net;
using System.Text;
using Explainer.Diagnostics;

namespace Explainer.Cli.Serve;

/// <summary>The HTML shown over every page while the latest build has failed: each diagnostic with its
/// position, code, message, hint and the source lines around it. Everything from content is escaped;
/// the styles come from a served stylesheet so that a strict CSP on the page does not hide the overlay.</summary>
internal static class Overlay
{
    private const int ContextLines = 2;

    public static string Render(IReadOnlyList<Diagnostic> diagnostics, Func<string, string?> sourceText)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var html = new StringBuilder();
        html.Append("<link rel=\"stylesheet\" href=\"").Append(PreviewRoutes.OverlayCss).Append("\">\n");
        html.Append("<div id=\"explainer-overlay\" role=\"alert\">\n<h2>Build failed: ")
            .Append(Count(errors, "error")).Append(", ").Append(Count(warnings, "warning")).Append("</h2>\n")
            .Append("<p>This is the last good build. Fix the problem and save: the page reloads by itself.</p>\n<ol>\n");
        foreach (var diagnostic in diagnostics)
        {
            Item(html, diagnostic, sourceText(diagnostic.Location.Path));
        }

        html.Append("</ol>\n</div>\n");
        return html.ToString();
    }

    private static void Item(StringBuilder html, Diagnostic diagnostic, string? source)
    {
        var location = diagnostic.Location;
        var severity = diagnostic.IsError ? "error" : "warning";
        html.Append("<li class=\"").Append(severity).Append("\">\n<p class=\"where\"><span class=\"path\">").Append(E(location.Path))
            .Append("</span>:<span class=\"line\">").Append(location.Line.ToString(CultureInfo.InvariantCulture))
            .Append("</span>:<span class=\"column\">").Append(location.Column.ToString(CultureInfo.InvariantCulture))
            .Append("</span> <span class=\"code\">").Append(severity).Append(' ').Append(E(diagnostic.Code)).Append("</span></p>\n")
            .Append("<p class=\"message\">").Append(E(diagnostic.Message)).Append("</p>\n");
        if (diagnostic.Hint is { } hint)
        {
            html.Append("<p class=\"hint\">hint: ").Append(E(hint)).Append("</p>\n");
        }

        if (source is not null && Excerpt(source, location) is { Length: > 0 } excerpt)
        {
            html.Append("<pre class=\"source\">").Append(E(excerpt)).Append("</pre>\n");
        }

        html.Append("</li>\n");
    }

    /// <summary>The lines around the position, numbered, with a caret under the column.</summary>
    public static string Excerpt(string source, SourceLocation location)
    {
        var lines = source.Split('\n');
        if (location.Line < 1 || location.Line > lines.Length)
        {
            return "";
        }

        var first = Math.Max(1, location.Line - ContextLines);
        var last = Math.Min(lines.Length, location.Line + ContextLines);
        var width = last.ToString(CultureInfo.InvariantCulture).Length;
        var text = new StringBuilder();
        for (var number = first; number <= last; number++)
        {
            var marker = number == location.Line ? '>' : ' ';
            text.Append(marker).Append(' ').Append(number.ToString(CultureInfo.InvariantCulture).PadLeft(width)).Append(" | ")
                .Append(Clip(lines[number - 1])).Append('\n');
            if (number == location.Line && location.Column > 1)
            {
                text.Append(' ', width + 5).Append(' ', Math.Min(location.Column - 1, 200)).Append("^\n");
            }
        }

        return text.ToString();
    }

    private static string Clip(string line) => line.Length > 300 ? line[..300] + "…" : line.TrimEnd('\r');

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string E(string text) => WebUtility.HtmlEncode(Commands.Printable.Of(text));
}
