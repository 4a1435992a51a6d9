using System.Text.Json;
using Explainer.Output;

namespace Explainer.Tests.Output;

public sealed class JsonExportTests
{
    private static JsonElement Export(BuildResult result)
    {
        using var json = JsonDocument.Parse(TestSite.File(result, "data/explainer.json").Bytes);
        return json.RootElement.Clone();
    }

    [Fact]
    public void Export_holds_every_record_by_its_stable_id()
    {
        var root = Export(TestSite.Build(TestSite.Minimal()));

        string[] Ids(string section) => root.GetProperty(section).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(["microsoft", "openai"], Ids("companies"));
        Assert.Equal(["azure"], Ids("clouds"));
        Assert.Equal(["reset"], Ids("deals"));
        Assert.Equal(["report"], Ids("sources"));
        Assert.Equal(["hello"], Ids("articles"));
        Assert.Equal("https://test.example/", root.GetProperty("base_url").GetString());
    }

    [Fact]
    public void Every_record_carries_its_sources()
    {
        var root = Export(TestSite.Build(TestSite.Minimal()));

        var openai = root.GetProperty("companies").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "openai");
        Assert.Equal(["report"], openai.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var deal = root.GetProperty("deals")[0];
        Assert.Equal(["report"], deal.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["report"], deal.GetProperty("terms")[0].GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var access = deal.GetProperty("access")[0];
        Assert.Equal(("openai", "azure", "exclusive", "priority", "report"),
            (access.GetProperty("lab").GetString(), access.GetProperty("cloud").GetString(), access.GetProperty("before").GetString(),
             access.GetProperty("after").GetString(), access.GetProperty("sources")[0].GetString()));
        Assert.Equal(["report"], root.GetProperty("articles")[0].GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        var claim = root.GetProperty("sources")[0].GetProperty("reports")[0];
        Assert.Equal(("1", "Something happened."), (claim.GetProperty("id").GetString(), claim.GetProperty("text").GetString()));
    }

    [Fact]
    public void Missing_optional_values_are_null_not_invented()
    {
        var root = Export(TestSite.Build(TestSite.Minimal()));

        Assert.Equal(JsonValueKind.Null, root.GetProperty("deals")[0].GetProperty("announced").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sources")[0].GetProperty("published").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sources")[0].GetProperty("url").ValueKind);
    }

    [Fact]
    public void Records_are_in_id_order_whatever_the_file_order()
    {
        var files = TestSite.Minimal();
        files["input/data/companies/aaa.yml"] = "name: Zed\nroles: [investor]\nsummary: An investor.\n";

        var root = Export(TestSite.Build(files));

        Assert.Equal(["aaa", "microsoft", "openai"], root.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }
    [Fact]
    public void Export_states_its_schema_version_its_licence_and_how_to_cite_the_site()
    {
        var files = TestSite.Minimal();
        files["input/site.yml"] += "license: CC BY 4.0\nlicense_url: https://creativecommons.org/licenses/by/4.0/\n";

        var root = Export(TestSite.Build(files));

        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("https://test.example/data/explainer.schema.json", root.GetProperty("$schema").GetString());
        Assert.Equal("CC BY 4.0", root.GetProperty("license").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", root.GetProperty("license_url").GetString());
        Assert.Equal("Test site, https://test.example/, licensed under CC BY 4.0", root.GetProperty("cite_as").GetString());
    }

    [Fact]
    public void The_published_schema_describes_every_field_the_real_export_writes()
    {
        var result = RepositorySite.Build();
        using var schemaDocument = JsonDocument.Parse(TestSite.File(result, "data/explainer.schema.json").Bytes);
        var schema = schemaDocument.RootElement;
        var root = Export(result);

        Assert.Equal(JsonExport.SchemaVersion, schema.GetProperty("properties").GetProperty("schema_version").GetProperty("const").GetInt32());
        Check(root, schema, schema, "$");
    }

    /// <summary>Walks the export beside its schema: every property written is declared, every required one written,
    /// and each value has a type the schema allows.</summary>
    private static void Check(JsonElement value, JsonElement node, JsonElement schema, string path)
    {
        if (node.TryGetProperty("$ref", out var reference))
        {
            node = schema.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]);
        }

        if (node.TryGetProperty("anyOf", out var choices))
        {
            Assert.True(choices.EnumerateArray().Any(c => Allows(c, value, schema)), $"{path}: {value} fits no choice of the schema");
            return;
        }

        Assert.True(Allows(node, value, schema), $"{path}: {value.ValueKind} is not allowed by the schema");
        if (value.ValueKind == JsonValueKind.Object && node.TryGetProperty("properties", out var properties))
        {
            foreach (var property in value.EnumerateObject())
            {
                Assert.True(properties.TryGetProperty(property.Name, out var child), $"{path}.{property.Name} is not in the schema");
                Check(property.Value, child, schema, $"{path}.{property.Name}");
            }

            foreach (var required in node.GetProperty("required").EnumerateArray())
            {
                Assert.True(value.TryGetProperty(required.GetString()!, out _), $"{path} lacks the required '{required}'");
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && node.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, schema, $"{path}[{i++}]");
            }
        }
    }

    private static bool Allows(JsonElement node, JsonElement value, JsonElement schema)
    {
        if (node.TryGetProperty("$ref", out var reference))
        {
            node = schema.GetProperty("$defs").GetProperty(reference.GetString()!["#/$defs/".Length..]);
        }

        if (node.TryGetProperty("enum", out var allowed))
        {
            return allowed.EnumerateArray().Any(a => a.ValueKind == value.ValueKind && a.ToString() == value.ToString());
        }

        if (node.TryGetProperty("const", out var constant))
        {
            return constant.ToString() == value.ToString();
        }

        if (node.TryGetProperty("pattern", out var pattern) && value.ValueKind == JsonValueKind.String
            && !System.Text.RegularExpressions.Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            return false;
        }

        if (!node.TryGetProperty("type", out var type))
        {
            return true;
        }

        var kind = value.ValueKind switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.Object => "object",
            JsonValueKind.Array => "array",
            JsonValueKind.Null => "null",
            _ => "boolean",
        };
        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == kind) : type.GetString() == kind;
    }
}
