using System.Text.Json;

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
}
