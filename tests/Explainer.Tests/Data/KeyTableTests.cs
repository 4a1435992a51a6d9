using System.Text;
using Explainer.Content;
using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.Sources;

namespace Explainer.Tests.Data;

/// <summary>The key tables drive both the readers and the JSON Schemas. These tests read, for every key of every table,
/// a file the schema rejects and check that the reader rejects it too, at that key: a table and its reader that drift
/// apart (a key the reader ignores, another required flag, an allowed value or pattern the reader does not check) fail here.</summary>
public sealed class KeyTableTests
{
    public static TheoryData<string, string> Keys()
    {
        var data = new TheoryData<string, string>();
        foreach (var (schema, _, keys) in JsonSchemas.All)
        {
            foreach (var key in keys)
            {
                data.Add(schema, key.Name);
                foreach (var item in key.Items)
                {
                    data.Add(schema, $"{key.Name}.{item.Name}");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_value_of_the_wrong_shape_is_an_error_at_the_key(string schema, string path)
    {
        var key = Find(schema, path);
        var wrong = key.IsList ? "just-text" : "[a, b]";

        Assert.Contains(ErrorsAtValue(schema, path, wrong), d => d.Code == Codes.WrongType);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_value_the_schema_does_not_allow_is_an_error_at_the_key(string schema, string path)
    {
        var key = Find(schema, path);
        (string Value, string[] Codes)? bad = key.Kind switch
        {
            KeyKind.Date or KeyKind.DateOrMonth => ("2026-02-30", [Codes.InvalidDate]),
            KeyKind.Url or KeyKind.Link => ("ftp://example.org/", [Codes.InvalidUrl]),
            KeyKind.Bool => ("maybe", [Codes.ValueNotAllowed]),
            KeyKind.Choice => ("not-a-choice", [Codes.ValueNotAllowed]),
            KeyKind.Slug => ("Not-A-Slug", [Codes.TagNotLowerCase, Codes.ValueNotAllowed]),
            KeyKind.Number => ("ten", [Codes.WrongType]),
            _ => null,
        };
        if (bad is not { } wrong)
        {
            return; // any text, or a reference or citation, which the site model checks against the records
        }

        Assert.Contains(ErrorsAtValue(schema, path, key.IsList ? $"[{wrong.Value}]" : wrong.Value), d => wrong.Codes.Contains(d.Code));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_key_is_reported_missing_exactly_when_the_schema_requires_it(string schema, string path)
    {
        var key = Find(schema, path);
        var nested = path.Contains('.');
        var yaml = nested ? $"{path[..path.IndexOf('.')]}:\n  - {{}}\n" : "{}\n";

        // A key the reader reports missing itself says so in its own words ("figure 'f' has no unit").
        var missing = Read(schema, yaml).Where(d => d.Code == Codes.MissingKey
            && (d.Message.EndsWith($" has no '{key.Name}'", StringComparison.Ordinal) || (key.MissingReportedByReader && d.Message.EndsWith($" has no {key.Name}", StringComparison.Ordinal)))
            && (!nested || d.Location.Line == Line(schema, 2)));

        Assert.Equal(key.Required, missing.Any());
    }

    private static Key Find(string schema, string path)
    {
        var keys = JsonSchemas.All.Single(s => s.Name == schema).Keys;
        var parts = path.Split('.');
        var key = keys.Single(k => k.Name == parts[0]);
        return parts.Length == 1 ? key : key.Items.Single(k => k.Name == parts[1]);
    }

    /// <summary>Errors located in the value of <paramref name="path"/> when it is written as <paramref name="value"/>, in
    /// a file whose other keys all have good values (a reader may skip the rest of a record that lacks a required key).</summary>
    private static List<Diagnostic> ErrorsAtValue(string schema, string path, string value)
    {
        var parts = path.Split('.');
        var keys = JsonSchemas.All.Single(s => s.Name == schema).Keys;
        var yaml = new StringBuilder($"{parts[0]}:");
        if (parts.Length == 1)
        {
            yaml.Append($" {value}\n");
        }
        else
        {
            yaml.Append($"\n  - {parts[1]}: {value}\n");
            foreach (var item in keys.Single(k => k.Name == parts[0]).Items.Where(k => k.Name != parts[1]))
            {
                yaml.Append($"    {item.Name}: {Good(item)}\n");
            }
        }

        foreach (var key in keys.Where(k => k.Name != parts[0]))
        {
            yaml.Append($"{key.Name}: {Good(key)}\n");
        }

        var (line, column) = parts.Length == 1 ? (1, parts[0].Length + 3) : (2, parts[1].Length + 7);
        return Read(schema, yaml.ToString()).Where(d => d.IsError && d.Location.Line == Line(schema, line) && d.Location.Column >= column).ToList();
    }

    private static string Good(Key key)
    {
        var one = key.Kind switch
        {
            KeyKind.Date or KeyKind.DateOrMonth => "2026-01-02",
            KeyKind.Number => "1",
            KeyKind.Url => "https://example.org/",
            KeyKind.Link => "/",
            KeyKind.Bool => "true",
            KeyKind.Choice => key.Choices[0],
            KeyKind.Records => "[]",
            _ => "a",
        };
        return key.Kind == KeyKind.Records ? one : key.IsList ? $"[{one}, b]" : one;
    }

    /// <summary>The file line of a front matter line: the article's YAML starts after its opening <c>---</c>.</summary>
    private static int Line(string schema, int yamlLine) => schema == "article" ? yamlLine + 1 : yamlLine;

    private static IReadOnlyList<Diagnostic> Read(string schema, string yaml)
    {
        var bag = new DiagnosticBag();
        if (schema == "article")
        {
            ContentReader.ReadArticle(new InputFile("input/articles/a.md", Encoding.UTF8.GetBytes($"---\n{yaml}---\nBody.\n")), RawHtml.Safe, bag);
            return bag.ToSortedList();
        }

        var path = schema switch { "site" => "input/site.yml", "source" => "seeds/a.yml", "company" => "input/data/companies/a.yml", _ => $"input/data/{schema}s/a.yml" };
        var node = YamlReader.Read(yaml, path, 0, bag);
        _ = schema switch
        {
            "site" => (object?)RecordReaders.ReadSite(node, path, bag),
            "company" => RecordReaders.ReadCompany(node, path, "a", bag),
            "cloud" => RecordReaders.ReadCloud(node, path, "a", bag),
            "deal" => DealReader.Read(node, path, "a", bag),
            "source" => RecordReaders.ReadSource(node, path, "a", bag),
            _ => throw new ArgumentOutOfRangeException(nameof(schema), schema, "a schema without a reader in this test"),
        };
        return bag.ToSortedList();
    }
}
