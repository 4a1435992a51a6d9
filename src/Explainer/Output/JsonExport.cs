using System.Text.Encodings.Web;
using System.Text.Json;
using Explainer.Model;

namespace Explainer.Output;

/// <summary><c>/data/explainer.json</c>: every record with its sources, keyed by stable ids (slugs).</summary>
public static class JsonExport
{
    public static byte[] Write(Site site)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", site.Config.Title);
            json.WriteString("base_url", site.Config.BaseUrl);
            Section(json, "companies", site.Companies.OrderBy(c => c.Slug, StringComparer.Ordinal), c =>
            {
                json.WriteString("id", c.Slug);
                json.WriteString("name", c.Name);
                Strings(json, "roles", c.Roles);
                json.WriteString("summary", c.Summary);
                Optional(json, "website", c.Website);
                json.WriteString("url", c.Url);
                Strings(json, "sources", c.Sources.Select(s => s.Slug));
                Optional(json, "updated", c.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            });
            Section(json, "clouds", site.Clouds.OrderBy(c => c.Slug, StringComparer.Ordinal), c =>
            {
                json.WriteString("id", c.Slug);
                json.WriteString("name", c.Name);
                json.WriteString("operator", c.Operator.Slug);
            });
            Section(json, "deals", site.Deals.OrderBy(d => d.Slug, StringComparer.Ordinal), d => Deal(json, d));
            Section(json, "sources", site.Sources, s =>
            {
                json.WriteString("id", s.Id);
                json.WriteString("title", s.Title);
                json.WriteString("publisher", s.Publisher);
                Optional(json, "published", s.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                Optional(json, "author", s.Author);
                Optional(json, "updated", s.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                Optional(json, "url", s.Url);
                Section(json, "reports", s.Claims, c =>
                {
                    json.WriteString("id", c.Id);
                    json.WriteString("text", c.Text);
                });
            });
            Section(json, "articles", site.Articles.OrderBy(a => a.Slug, StringComparer.Ordinal), a =>
            {
                json.WriteString("id", a.Slug);
                json.WriteString("title", a.Title);
                json.WriteString("summary", a.Summary);
                json.WriteString("date", a.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                Optional(json, "updated", a.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteString("url", a.Url);
                Strings(json, "companies", a.Companies.Select(r => r.Slug));
                Strings(json, "deals", a.Deals.Select(r => r.Slug));
                Strings(json, "tags", a.Tags);
                Strings(json, "sources", a.Sources.Select(r => r.Slug));
            });
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void Deal(Utf8JsonWriter json, Deal d)
    {
        json.WriteString("id", d.Slug);
        json.WriteString("title", d.Title);
        Optional(json, "kind", d.Kind);
        Strings(json, "parties", d.Parties.Select(p => p.Slug));
        Optional(json, "announced", d.Announced?.ToString(d.AnnouncedMonthOnly ? "yyyy-MM" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Strings(json, "announced_sources", d.AnnouncedSources.Select(c => c.ToString()));
        Optional(json, "updated", d.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteString("summary", d.Summary);
        json.WriteString("url", d.Url);
        Strings(json, "sources", d.Sources.Select(s => s.Slug));
        Section(json, "figures", d.Figures, f =>
        {
            json.WriteString("id", f.Id);
            json.WriteString("label", f.Label);
            json.WriteNumber("value", f.Value);
            Optional(json, "scale", f.Scale);
            json.WriteString("unit", f.Unit);
            Optional(json, "qualifier", f.Qualifier);
            json.WriteString("display", f.Display);
            Strings(json, "sources", f.Sources.Select(c => c.ToString()));
        });
        Section(json, "terms", d.Terms, t =>
        {
            json.WriteString("id", t.Id);
            json.WriteString("label", t.Label);
            Optional(json, "before", t.Before);
            Optional(json, "after", t.After);
            json.WriteString("change", t.Change.Name());
            Strings(json, "sources", t.Sources.Select(c => c.ToString()));
        });
        Section(json, "access", d.Access, a =>
        {
            json.WriteString("lab", a.Lab.Slug);
            json.WriteString("cloud", a.Cloud.Slug);
            json.WriteString("before", a.Before.Name());
            json.WriteString("after", a.After.Name());
            Strings(json, "sources", a.Sources.Select(c => c.ToString()));
        });
    }

    private static void Section<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
