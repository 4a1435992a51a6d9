using System.Globalization;
using System.Net;
using System.Text;
using Explainer.Model;

namespace Explainer.Output;

/// <summary>The machine-readable files: Atom feed, sitemap and robots.txt. Written directly (no templates):
/// their format is fixed, and large sites must never be cut short.</summary>
public static class Feeds
{
    /// <summary>Entries in a feed: the newest ones. Readers poll feeds for what is new; the whole list is on the site.</summary>
    public const int FeedSize = 50;

    /// <summary>URLs in one sitemap file, the sitemap protocol's limit; a larger site gets a sitemap index.</summary>
    public const int SitemapSize = 50_000;

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
        foreach (var article in site.Articles.Take(FeedSize))
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

    /// <summary>The deals, newest first, as their own feed (<c>/deals/feed.xml</c>): a deal is a record, not an article,
    /// and readers who follow the deals want no articles in between. An entry's <c>updated</c> is the deal's
    /// <c>updated</c>, else its announcement (a month-only date as the month's first day: Atom needs a whole date),
    /// else the newest date of the feed; <c>published</c> is given only for a whole announcement date.</summary>
    public static string DealAtom(Site site)
    {
        var baseUrl = AbsoluteBase(site);
        var dates = site.Deals.SelectMany(d => new[] { d.Updated, d.Announced }).OfType<DateOnly>().ToList();
        var newest = dates.Count == 0 ? "1970-01-01" : Day(dates.Max());
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.Append($"  <title>{X(site.Config.Title)}: deals</title>\n");
        xml.Append($"  <id>{X(baseUrl)}deals/</id>\n  <link href=\"{X(baseUrl)}deals/\"/>\n  <link rel=\"self\" href=\"{X(baseUrl)}deals/feed.xml\"/>\n");
        xml.Append($"  <updated>{newest}T00:00:00Z</updated>\n  <author><name>{X(site.Config.Title)}</name></author>\n");
        foreach (var deal in site.Deals.Take(FeedSize))
        {
            var url = baseUrl + deal.Url.TrimStart('/');
            var updated = deal.Updated ?? deal.Announced;
            xml.Append("  <entry>\n");
            xml.Append($"    <title>{X(deal.Title)}</title>\n    <link href=\"{X(url)}\"/>\n    <id>{X(url)}</id>\n");
            if (deal.Announced is { } announced && !deal.AnnouncedMonthOnly)
            {
                xml.Append($"    <published>{Day(announced)}T00:00:00Z</published>\n");
            }

            xml.Append($"    <updated>{(updated is { } u ? Day(u) : newest)}T00:00:00Z</updated>\n");
            xml.Append($"    <summary>{X(deal.Summary)}</summary>\n");
            if (deal.Kind is { } kind)
            {
                xml.Append($"    <category term=\"{X(kind)}\"/>\n");
            }

            xml.Append("  </entry>\n");
        }

        xml.Append("</feed>\n");
        return xml.ToString();
    }

    /// <summary>Every page search engines may index (the caller leaves the others out), with <c>lastmod</c> where the page has a date (see <see cref="Rendering.Page.Modified"/>):
    /// <c>sitemap.xml</c> alone, or beyond <see cref="SitemapSize"/> URLs <c>sitemap.xml</c> as an index of
    /// <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, ... (robots.txt names <c>sitemap.xml</c> either way).</summary>
    public static IReadOnlyList<(string Path, string Xml)> Sitemaps(Site site, IEnumerable<(string Url, string? Modified)> pages) =>
        Sitemaps(AbsoluteBase(site), pages);

    internal static IReadOnlyList<(string Path, string Xml)> Sitemaps(string baseUrl, IEnumerable<(string Url, string? Modified)> pages)
    {
        var all = pages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
        if (all.Count <= SitemapSize)
        {
            return [("sitemap.xml", Sitemap(baseUrl, all))];
        }

        var files = all.Chunk(SitemapSize).Select((chunk, i) => ($"sitemap-{i + 1}.xml", Sitemap(baseUrl, chunk))).ToList();
        var index = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (path, _) in files)
        {
            index.Append($"  <sitemap><loc>{X(baseUrl + path)}</loc></sitemap>\n");
        }

        index.Append("</sitemapindex>\n");
        return [("sitemap.xml", index.ToString()), .. files];
    }

    /// <summary>One sitemap file of <paramref name="pages"/>, in the order given.</summary>
    private static string Sitemap(string baseUrl, IEnumerable<(string Url, string? Modified)> pages)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var (url, modified) in pages)
        {
            xml.Append($"  <url><loc>{X(baseUrl + url.TrimStart('/'))}</loc>");
            if (modified is not null)
            {
                xml.Append($"<lastmod>{modified}</lastmod>");
            }

            xml.Append("</url>\n");
        }

        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    /// <summary>A build with drafts (a deploy preview) asks every crawler to stay away; others allow everything.</summary>
    public static string Robots(Site site) => site.IncludesDrafts
        ? "# This build shows drafts: it is a preview, not the site.\nUser-agent: *\nDisallow: /\n"
        : $"User-agent: *\nAllow: /\n\nSitemap: {AbsoluteBase(site)}sitemap.xml\n";

    /// <summary>Netlify's <c>_headers</c> file for a build with drafts: the <c>noindex</c> header on every path, so
    /// crawlers that ignore robots.txt still leave the preview out. Null for other builds.</summary>
    public static string? NoIndexHeaders(Site site) =>
        site.IncludesDrafts ? "# This build shows drafts: keep it out of search engines.\n/*\n  X-Robots-Tag: noindex\n" : null;

    /// <summary>Feeds need absolute URLs; without a base URL they fall back to a placeholder host.</summary>
    private static string AbsoluteBase(Site site) =>
        site.Config.BaseUrl.StartsWith("http", StringComparison.Ordinal) ? site.Config.BaseUrl : "https://example.invalid/";

    private static string X(string text) => WebUtility.HtmlEncode(text);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
