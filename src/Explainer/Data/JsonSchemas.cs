using System.Text.Encodings.Web;
using System.Text.Json;
using Explainer.Model;

namespace Explainer.Data;

/// <summary>JSON Schemas (draft-07, what YAML editors read) for every kind of content file, made from the key tables
/// the readers use: required keys, no other keys, allowed values, date and slug patterns, a description for each
/// key, and the slugs that exist now wherever a key names a record.</summary>
public static class JsonSchemas
{
    public const string SlugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const string DatePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    public const string DateOrMonthPattern = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$";
    public const string CitePattern = "^[a-z0-9]+(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?$";

    /// <summary>Each schema's file name, the files it describes (a glob from the root) and their keys.</summary>
    public static readonly IReadOnlyList<(string Name, string Files, IReadOnlyList<Key> Keys)> All =
    [
        ("site", "input/site.yml", RecordReaders.SiteKeys),
        .. RecordFiles.All.Select(r => (r.Kind.Name, r.Kind.Files, r.Keys)),
    ];

    public static string FileName(string name) => name + ".schema.json";

    /// <summary>Every schema as <c>(file name, UTF-8 JSON)</c>. <paramref name="paths"/> are the site's input paths
    /// (<c>input/data/companies/openai.yml</c>, ...), whose names are the slugs a reference may use.</summary>
    public static IReadOnlyList<(string FileName, byte[] Json)> Write(IEnumerable<string> paths)
    {
        var slugs = SlugsByKind(paths);
        return All.Select(s => (FileName(s.Name), Write(s.Name, s.Files, s.Keys, slugs))).ToList();
    }

    /// <summary>The relaxed encoder keeps quotes and backticks readable: these files go to editors, never into a page.</summary>
    private static byte[] Write(string name, string files, IReadOnlyList<Key> keys, IReadOnlyDictionary<RecordKind, List<string>> slugs)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("$comment", "Written by `explainer schema` (and kept current by `explainer serve`) from the keys Explainer reads; regenerate it instead of editing it.");
            json.WriteString("title", $"Explainer {name}" + (name == RecordKind.Article.Name ? " front matter" : ""));
            json.WriteString("description", $"The keys of {files}");
            WriteMapping(json, keys, slugs);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteMapping(Utf8JsonWriter json, IReadOnlyList<Key> keys, IReadOnlyDictionary<RecordKind, List<string>> slugs)
    {
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        if (keys.Any(k => k.Required))
        {
            json.WriteStartArray("required");
            foreach (var key in keys.Where(k => k.Required))
            {
                json.WriteStringValue(key.Name);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("properties");
        foreach (var key in keys)
        {
            json.WriteStartObject(key.Name);
            json.WriteString("description", key.Description);
            if (key.IsList)
            {
                json.WriteString("type", "array");
                if (key.Kind is not (KeyKind.Records or KeyKind.Claims))
                {
                    json.WriteBoolean("uniqueItems", true);
                }

                json.WriteStartObject("items");
                WriteValue(json, key, slugs);
                json.WriteEndObject();
            }
            else
            {
                WriteValue(json, key, slugs);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>One value of <paramref name="key"/> (an item, for a list).</summary>
    private static void WriteValue(Utf8JsonWriter json, Key key, IReadOnlyDictionary<RecordKind, List<string>> slugs)
    {
        switch (key.Kind)
        {
            case KeyKind.Text:
                // The readers take any scalar as text, so `title: 2026` is a title, not a wrong type.
                json.WriteStartArray("type");
                json.WriteStringValue("string");
                json.WriteStringValue("number");
                json.WriteEndArray();
                if (key.Required)
                {
                    json.WriteNumber("minLength", 1);
                }

                break;
            case KeyKind.Bool:
                json.WriteString("type", "boolean");
                break;
            case KeyKind.Date:
                String(json, DatePattern);
                json.WriteString("format", "date");
                break;
            case KeyKind.Url:
                String(json, "^https?://");
                json.WriteString("format", "uri");
                break;
            case KeyKind.Link:
                String(json, "^(/|https?://)");
                break;
            case KeyKind.Slug:
                String(json, SlugPattern);
                break;
            case KeyKind.Choice:
                Enum(json, key.Choices);
                break;
            case KeyKind.Ref when key.Refers is { } refers && slugs.TryGetValue(refers, out var existing) && existing.Count > 0:
                Enum(json, existing);
                break;
            case KeyKind.Ref:
                String(json, SlugPattern);
                break;
            case KeyKind.Records:
                WriteMapping(json, key.Items, slugs);
                break;
            case KeyKind.Number:
                json.WriteString("type", key.Whole ? "integer" : "number");
                json.WriteNumber("minimum", key.Whole ? 1 : 0);
                break;
            case KeyKind.DateOrMonth:
                String(json, DateOrMonthPattern);
                break;
            case KeyKind.Cite:
                String(json, CitePattern);
                break;
            case KeyKind.Claims:
                // Plain text, or a mapping with an id to cite it by.
                json.WriteStartArray("anyOf");
                json.WriteStartObject();
                WriteValue(json, Key.Text(key.Name, key.Description, required: true), slugs);
                json.WriteEndObject();
                json.WriteStartObject();
                WriteMapping(json, key.Items, slugs);
                json.WriteEndObject();
                json.WriteEndArray();
                break;
        }
    }

    private static void String(Utf8JsonWriter json, string pattern)
    {
        json.WriteString("type", "string");
        json.WriteString("pattern", pattern);
    }

    private static void Enum(Utf8JsonWriter json, IEnumerable<string> values)
    {
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static Dictionary<RecordKind, List<string>> SlugsByKind(IEnumerable<string> paths)
    {
        var folders = RecordKind.All.Where(k => k.Extension == ".yml").ToDictionary(k => k.Folder, StringComparer.Ordinal);
        var slugs = folders.Values.ToDictionary(kind => kind, _ => new List<string>());
        foreach (var path in paths.Where(p => p.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var slash = path.LastIndexOf('/') + 1;
            var slug = path[slash..^".yml".Length];
            if (folders.TryGetValue(path[..slash], out var kind) && Slugs.IsValid(slug))
            {
                slugs[kind].Add(slug);
            }
        }

        foreach (var list in slugs.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return slugs;
    }
}
