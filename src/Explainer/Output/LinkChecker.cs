using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Explainer.Diagnostics;

namespace Explainer.Output;

/// <summary>Checks every internal link and <c>#anchor</c> of the rendered pages (<c>explainer check</c>).
/// Ids are collected once per page, then each link is a dictionary look-up.</summary>
public static partial class LinkChecker
{
    /// <param name="sources">The input files, so a broken link written in an article points at its line.</param>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<OutputFile> files, IReadOnlyList<Sources.InputFile>? sources = null)
    {
        var articles = (sources ?? []).Where(s => s.Path.EndsWith(".md", StringComparison.Ordinal))
            .ToDictionary(s => s.Path, StringComparer.Ordinal);
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
        var guesser = new PageGuesser(ids.Keys);
        foreach (var (file, html) in pages)
        {
            var pageUrl = "/" + file.Path;
            foreach (Match match in HrefPattern().Matches(html))
            {
                var href = WebUtility.HtmlDecode(match.Groups[1].Value);
                CheckLink(href, pageUrl, () => Locate(articles, file.Origin, href), existing, ids, guesser, diagnostics);
            }
        }

        return diagnostics.ToSortedList();
    }

    /// <summary>Where the article writes <paramref name="href"/>; the file's start when a template wrote the link.</summary>
    private static SourceLocation Locate(Dictionary<string, Sources.InputFile> articles, string origin, string href)
    {
        if (!articles.TryGetValue(origin, out var file))
        {
            return SourceLocation.File(origin);
        }

        string text;
        try
        {
            // The build may have let the article's bytes go: they are read again, for the articles with a broken link only.
            text = Encoding.UTF8.GetString(file.Bytes);
        }
        catch (IOException)
        {
            return SourceLocation.File(origin);
        }

        var at = text.IndexOf("](" + href, StringComparison.Ordinal);
        at = at >= 0 ? at + 2 : text.IndexOf(href, StringComparison.Ordinal);
        if (at < 0)
        {
            return SourceLocation.File(origin);
        }

        var lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        return new SourceLocation(origin, 1 + text.AsSpan(0, at).Count('\n'), at - lineStart + 1);
    }

    private static void CheckLink(string href, string pageUrl, Func<SourceLocation> at, HashSet<string> existing,
        Dictionary<string, HashSet<string>> ids, PageGuesser pages, DiagnosticBag diagnostics)
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
            var guess = pages.Closest(path);
            diagnostics.Error(Codes.BrokenLink, at(), $"the page {shown} links to {href}, which does not exist",
                guess is null ? "fix the link, or add the page it points at" : $"did you mean '{guess}'? fix the link, or add the page it points at");
            return;
        }

        if (!string.IsNullOrEmpty(fragment) && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
        {
            const string Ids = "heading ids are the heading in lower case with spaces as hyphens, as the page's table of contents shows";
            diagnostics.Error(Codes.BrokenAnchor, at(), $"the page {shown} links to {href}, but that page has no id '{fragment}'",
                Suggest.Hint(fragment, targetIds, Ids));
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
