using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Explainer.Model;

namespace Explainer.Rendering;

/// <summary>
/// schema.org data for an article, written into a <c>&lt;script type="application/ld+json"&gt;</c> block.
/// Browsers never execute that block, so the Content-Security-Policy allows it, but its text still ends at the
/// first <c>&lt;/script</c>: the default encoder escapes every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so
/// no value from the content can close the element or start a comment.
/// </summary>
public static class JsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    public static RawHtml Article(Site site, Article article)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Article");
            json.WriteString("headline", article.Title);
            json.WriteString("description", article.Summary);
            json.WriteString("url", Absolute(site, article.Url));
            json.WriteString("mainEntityOfPage", Absolute(site, article.Url));
            json.WriteString("datePublished", Views.Date(article.Date));
            json.WriteString("dateModified", Views.Date(article.Updated ?? article.Date));
            json.WriteString("inLanguage", site.Config.Language);
            json.WriteNumber("wordCount", article.Body.WordCount);
            Organization(json, "author", site.Config.Title);
            Organization(json, "publisher", site.Config.Title);
            if (site.Config.License is { } license)
            {
                json.WriteString("license", site.Config.LicenseUrl ?? license);
                json.WriteString("creditText", site.Config.CiteAs);
            }

            WriteArray(json, "keywords", article.Tags, (w, tag) => w.WriteStringValue(tag));
            WriteArray(json, "about", article.Companies, (w, company) => Named(w, "Organization", site.CompanyBySlug[company.Slug].Name));
            WriteArray(json, "citation", article.Sources, (w, source) => Citation(w, site, site.SourceById[source.Slug]));
            json.WriteEndObject();
        }

        // Belt and braces: the encoder above already escapes '<', so this never matches today.
        return new RawHtml(Encoding.UTF8.GetString(stream.ToArray()).Replace("</", "<\\/", StringComparison.Ordinal));
    }

    private static void Organization(Utf8JsonWriter json, string property, string name)
    {
        json.WritePropertyName(property);
        Named(json, "Organization", name);
    }

    private static void Named(Utf8JsonWriter json, string type, string name)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", name);
        json.WriteEndObject();
    }

    private static void Citation(Utf8JsonWriter json, Site site, Source source)
    {
        json.WriteStartObject();
        json.WriteString("@type", "CreativeWork");
        json.WriteString("name", source.Title);
        Organization(json, "publisher", source.Publisher);
        json.WriteString("url", source.Url ?? Absolute(site, source.PageUrl));
        if (source.Published is { } published)
        {
            json.WriteString("datePublished", Views.Date(published));
        }

        json.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string property, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        if (items.Count == 0)
        {
            return;
        }

        json.WriteStartArray(property);
        foreach (var item in items)
        {
            write(json, item);
        }

        json.WriteEndArray();
    }

    /// <summary>The same URL as the page's canonical link: absolute when the site has a base URL.</summary>
    private static string Absolute(Site site, string url) =>
        site.Config.BaseUrl == "/" ? url : site.Config.BaseUrl.TrimEnd('/') + url;
}
