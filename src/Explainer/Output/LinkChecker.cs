using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Explainer.Diagnostics;

namespace Explainer.Output;

/// <summary>Checks every internal link and <c>#anchor</c> of the rendered pages (<c>explainer check</c>).
/// Ids are collected once per page, then each link is a dictionary look-up.</summary>
public static partial class LinkChecker
{
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<OutputFile> files)
    {
        var pages = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => (File: f, Html: Encoding.UTF8.GetString(f.Bytes)))
            .ToList();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (file, html) in pages)
        {
            ids["/" + file.Path] = IdPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        }

        var existing = files.Select(f => "/" + f.Path).ToHashSet(StringComparer.Ordinal);
        var diagnostics = new DiagnosticBag();
        foreach (var (file, html) in pages)
        {
            var pageUrl = "/" + file.Path;
            foreach (Match match in HrefPattern().Matches(html))
            {
                var href = WebUtility.HtmlDecode(match.Groups[1].Value);
                CheckLink(href, pageUrl, file.Origin, existing, ids, diagnostics);
            }
        }

        return diagnostics.ToSortedList();
    }

    private static void CheckLink(string href, string pageUrl, string origin, HashSet<string> existing,
        Dictionary<string, HashSet<string>> ids, DiagnosticBag diagnostics)
    {
        if (href.StartsWith("//", StringComparison.Ordinal) || (!href.StartsWith('/') && !href.StartsWith('#')))
        {
            return;
        }

        var hash = href.IndexOf('#');
        var path = hash < 0 ? href : href[..hash];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        var query = path.IndexOf('?');
        path = query < 0 ? path : path[..query];
        var target = path.Length == 0 ? pageUrl : Resolve(Uri.UnescapeDataString(path), existing);
        var shown = pageUrl.EndsWith("/index.html", StringComparison.Ordinal) ? pageUrl[..^"index.html".Length] : pageUrl;
        if (target is null)
        {
            diagnostics.Error(Codes.BrokenLink, SourceLocation.File(origin), $"the page {shown} links to {href}, which does not exist",
                "fix the link, or add the page it points at");
            return;
        }

        if (!string.IsNullOrEmpty(fragment) && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
        {
            diagnostics.Error(Codes.BrokenAnchor, SourceLocation.File(origin), $"the page {shown} links to {href}, but that page has no id '{fragment}'",
                "heading ids are the heading in lower case with spaces as hyphens, as the page's table of contents shows");
        }
    }

    private static string? Resolve(string path, HashSet<string> existing)
    {
        if (existing.Contains(path))
        {
            return path;
        }

        var index = path.EndsWith('/') ? path + "index.html" : path + "/index.html";
        return existing.Contains(index) ? index : null;
    }

    [GeneratedRegex("\\bid=\"([^\"]*)\"")]
    private static partial Regex IdPattern();

    [GeneratedRegex("\\bhref=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();
}
