using System.Text;

namespace Explainer.Tests.Output;

public sealed class CsvExportTests
{
    private static Dictionary<string, string> TwoClouds()
    {
        var files = TestSite.Minimal();
        files["input/site.yml"] += "license: CC BY 4.0\nlicense_url: https://creativecommons.org/licenses/by/4.0/\n";
        files["input/data/companies/amazon.yml"] = "name: Amazon\nroles: [cloud]\nsummary: A cloud operator.\n";
        files["input/data/clouds/aws.yml"] = "name: AWS\noperator: amazon\n";
        return files;
    }

    [Fact]
    public void Matrix_csv_has_a_header_and_a_row_per_cell_in_the_pages_order_with_crlf_line_ends()
    {
        var csv = TestSite.Page(TestSite.Build(TwoClouds()), "data/matrix.csv");

        Assert.Equal(
            "lab,lab_name,cloud,cloud_name,before,after,deal,deal_announced,sources,license\r\n"
            + "openai,OpenAI,azure,Microsoft Azure,exclusive,priority,reset,,report,CC BY 4.0\r\n"
            + "openai,OpenAI,aws,AWS,unknown,unknown,,,,CC BY 4.0\r\n",
            csv);
    }

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled()
    {
        var files = TestSite.Minimal();
        files["input/data/deals/reset.yml"] = files["input/data/deals/reset.yml"]
            .Replace("before: Shared", "before: 'Shared, \"mostly\"'", StringComparison.Ordinal)
            .Replace("after: Not shared", "after: \"Not shared\\nfrom 2026\"", StringComparison.Ordinal);

        var csv = TestSite.Page(TestSite.Build(files), "deals/reset/terms.csv");

        Assert.Equal(
            "deal,term,label,before,after,change,sources,license\r\n"
            + "reset,revenue-share,Revenue sharing,\"Shared, \"\"mostly\"\"\",\"Not shared\nfrom 2026\",changed,report,\r\n",
            csv);
    }

    [Fact]
    public void Csv_files_are_utf8_without_a_byte_order_mark()
    {
        var files = TestSite.Minimal();
        files["input/data/companies/openai.yml"] = files["input/data/companies/openai.yml"].Replace("name: OpenAI", "name: ÖpenAI", StringComparison.Ordinal);

        var bytes = TestSite.File(TestSite.Build(files), "data/matrix.csv").Bytes;

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "the CSV starts with a byte order mark");
        Assert.Contains("ÖpenAI", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_data_file_is_the_same_bytes_in_two_builds_of_the_real_site()
    {
        var first = SiteBuilder.Build(Explainer.Sources.SiteReader.Read(TestSite.RepositoryRoot, null, new Explainer.Sources.BuildOptions()));
        var second = RepositorySite.Build();
        var data = first.Files.Where(f => f.Path.EndsWith(".csv", StringComparison.Ordinal) || f.Path.StartsWith("data/", StringComparison.Ordinal)).ToList();

        Assert.Contains(data, f => f.Path == "data/matrix.csv");
        Assert.Contains(data, f => f.Path == "deals/microsoft-openai-reset/terms.csv");
        Assert.Contains(data, f => f.Path == "data/explainer.schema.json");
        Assert.All(data, f => Assert.Equal(f.Bytes, TestSite.File(second, f.Path).Bytes));
    }
}
