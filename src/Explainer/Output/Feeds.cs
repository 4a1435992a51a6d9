using System.Globalization;
using System.Net;
using System.Text;
using Explainer.Model;

namespace Explainer.Output;

/// <summary>The machine-readable files: Atom feed, sitemap and robots.txt. Written directly (no templates):
/// their format is fixed, and large sites must never be cut short.</summary>
public static class Feeds
{
    public static string Atom(Site site)
    {
        var baseUrl = AbsoluteBase(site);
        var updated = site.Articles.Count == 0 ? "1970-01-01" : site.Articles.Max(a => a.Updated ?? a.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.Append($"  <title>{X(site.Config.Title)}</title>\n");
        if (site.Config.Description.Length > 0)
        {
            xml.Append($"  <subtitle>{X(site.Config.Description)}</subtitle>\n");
        }

        xml.Append($"  <id>{X(baseUrl)}</id>\n  <link href=\"{X(baseUrl)}\"/>\n  <link rel=\"self\" href=\"{X(baseUrl)}feed.xml\"/>\n");
        xml.Append($"  <updated>{updated}T00:00:00Z</updated>\n  <author><name>{X(site.Config.Title)}</name></author>\n");
        foreach (var article in site.Articles)
        {
            var url = baseUrl + article.Url.TrimStart('/');
            var published = article.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var changed = (article.Updated ?? article.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            xml.Append("  <entry>\n");
            xml.Append($"    <title>{X(article.Title)}</title>\n    <link href=\"{X(url)}\"/>\n    <id>{X(url)}</id>\n");
            xml.Append($"    <published>{published}T00:00:00Z</published>\n    <updated>{changed}T00:00:00Z</updated>\n");
            xml.Append($"    <summary>{X(article.Summary)}</summary>\n");
            foreach (var tag in article.Tags)
            {
                xml.Append($"    <category term=\"{X(tag)}\"/>\n");
            }

            xml.Append("  </entry>\n");
        }

        xml.Append("</feed>\n");
        return xml.ToString();
    }

    public static string Sitemap(Site site, IEnumerable<string> pageUrls)
    {
        var baseUrl = AbsoluteBase(site);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var url in pageUrls.Where(u => u != "/404.html").Order(StringComparer.Ordinal))
        {
            xml.Append($"  <url><loc>{X(baseUrl + url.TrimStart('/'))}</loc>");
            if (url.StartsWith("/articles/", StringComparison.Ordinal) && url.Length > 11 && site.ArticleBySlug.TryGetValue(url[10..^1], out var article))
            {
                xml.Append($"<lastmod>{(article.Updated ?? article.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</lastmod>");
            }

            xml.Append("</url>\n");
        }

        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    public static string Robots(Site site) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {AbsoluteBase(site)}sitemap.xml\n";

    /// <summary>Feeds need absolute URLs; without a base URL they fall back to a placeholder host.</summary>
    private static string AbsoluteBase(Site site) =>
        site.Config.BaseUrl.StartsWith("http", StringComparison.Ordinal) ? site.Config.BaseUrl : "https://example.invalid/";

    private static string X(string text) => WebUtility.HtmlEncode(text);
}
