using System.Text.Json;
using Explainer.Data;

namespace Explainer.Tests.Data;

public sealed class JsonSchemasTests
{
    private static readonly string[] Paths =
    [
        "input/site.yml", "input/articles/hello.md", "input/data/companies/openai.yml", "input/data/companies/microsoft.yml",
        "input/data/companies/Not_A_Slug.yml", "input/data/clouds/azure.yml", "input/data/deals/reset.yml", "seeds/report.yml",
        "seeds/report.pdf", "seeds/notes/inner.yml",
    ];

    [Fact]
    public void There_is_a_draft_07_schema_for_every_kind_of_content_file()
    {
        var schemas = JsonSchemas.Write(Paths);

        Assert.Equal(["site.schema.json", "article.schema.json", "company.schema.json", "cloud.schema.json", "deal.schema.json", "source.schema.json"],
            schemas.Select(s => s.FileName));
        Assert.All(schemas, s => Assert.Equal("http://json-schema.org/draft-07/schema#", Parse(s.Json).GetProperty("$schema").GetString()));
    }

    [Fact]
    public void A_schema_requires_the_required_keys_and_allows_no_others()
    {
        var company = Schema("company");

        Assert.False(company.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(["name", "roles", "summary"], company.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["name", "roles", "summary", "website", "sources", "updated"], company.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.Equal("The company's name", company.GetProperty("properties").GetProperty("name").GetProperty("description").GetString());
    }

    [Fact]
    public void Allowed_values_dates_and_tags_are_checked_by_the_schema()
    {
        var roles = Schema("company").GetProperty("properties").GetProperty("roles");
        var article = Schema("article").GetProperty("properties");

        Assert.Equal(["lab", "cloud", "investor", "chips", "product"], roles.GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonSchemas.DatePattern, article.GetProperty("date").GetProperty("pattern").GetString());
        Assert.Equal(JsonSchemas.SlugPattern, article.GetProperty("tags").GetProperty("items").GetProperty("pattern").GetString());
        Assert.Equal("boolean", article.GetProperty("draft").GetProperty("type").GetString());
    }

    [Fact]
    public void A_key_that_names_a_record_lists_the_slugs_that_exist()
    {
        var deal = Schema("deal").GetProperty("properties");
        var access = deal.GetProperty("access").GetProperty("items").GetProperty("properties");

        Assert.Equal(["microsoft", "openai"], Enum(deal.GetProperty("parties").GetProperty("items")));
        Assert.Equal(["report"], Enum(deal.GetProperty("sources").GetProperty("items")));
        Assert.Equal(["azure"], Enum(access.GetProperty("cloud")));
        Assert.Equal(["reset"], Enum(Schema("article").GetProperty("properties").GetProperty("deals").GetProperty("items")));
    }

    [Fact]
    public void Numbers_months_citations_and_claims_have_their_own_shapes()
    {
        var deal = Schema("deal").GetProperty("properties");
        var figure = deal.GetProperty("figures").GetProperty("items");
        var term = deal.GetProperty("terms").GetProperty("items").GetProperty("properties");
        var reports = Schema("source").GetProperty("properties").GetProperty("reports").GetProperty("items").GetProperty("anyOf");
        var order = Schema("article").GetProperty("properties").GetProperty("order");

        Assert.Equal(JsonSchemas.DateOrMonthPattern, deal.GetProperty("announced").GetProperty("pattern").GetString());
        Assert.Equal(JsonSchemas.CitePattern, deal.GetProperty("announced_sources").GetProperty("items").GetProperty("pattern").GetString());
        Assert.Equal(JsonSchemas.CitePattern, term.GetProperty("sources").GetProperty("items").GetProperty("pattern").GetString());
        Assert.Equal(["id", "label", "value", "unit"], figure.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("number", figure.GetProperty("properties").GetProperty("value").GetProperty("type").GetString());
        Assert.Equal(("integer", 1), (order.GetProperty("type").GetString(), order.GetProperty("minimum").GetInt32()));
        Assert.Equal(2, reports.GetArrayLength());
        Assert.Equal(["id", "text"], reports[1].GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Without_records_of_a_kind_a_reference_is_checked_as_a_slug()
    {
        var cloud = Parse(JsonSchemas.Write(["input/site.yml"]).Single(s => s.FileName == "cloud.schema.json").Json);

        Assert.Equal(JsonSchemas.SlugPattern, cloud.GetProperty("properties").GetProperty("operator").GetProperty("pattern").GetString());
    }

    private static JsonElement Schema(string name) => Parse(JsonSchemas.Write(Paths).Single(s => s.FileName == name + ".schema.json").Json);

    private static JsonElement Parse(byte[] json) => JsonDocument.Parse(json).RootElement;

    private static IEnumerable<string?> Enum(JsonElement schema) => schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString());
}
