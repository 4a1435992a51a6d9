using Explainer.Sources;

namespace Explainer.Tests.Model;

/// <summary>Slugs are the only way records point at each other: every dangling one is an error at its own line.</summary>
public sealed class ReferenceTests
{
    [Theory]
    [InlineData("companies: [opneai]", "(5,13): error EX0102: unknown company 'opneai'\n  hint: did you mean 'openai'?")]
    [InlineData("deals: [rest]", "(6,9): error EX0103: unknown deal 'rest'\n  hint: did you mean 'reset'?")]
    [InlineData("sources: [reprot]", "(8,11): error EX0104: unknown source 'reprot'\n  hint: did you mean 'report'?")]
    [InlineData("companies: [anthropic]", "(5,13): error EX0102: unknown company 'anthropic'\n  hint: add input/data/companies/anthropic.yml or use an existing company")]
    [InlineData("sources: [bloomberg]", "(8,11): error EX0104: unknown source 'bloomberg'\n  hint: add seeds/bloomberg.yml or use an existing source")]
    public void Unknown_slug_in_an_article_is_an_error_at_its_line(string line, string expected)
    {
        var key = line[..line.IndexOf(':')];
        var frontMatter = string.Concat(TestSite.HelloFrontMatter.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => (l.StartsWith(key + ":", StringComparison.Ordinal) ? line : l) + "\n"));

        var result = TestSite.Build(TestSite.WithArticle(frontMatter));

        Expect.Errors(result, TestSite.ArticlePath + expected);
    }

    [Fact]
    public void Unknown_party_source_and_term_source_of_a_deal_are_each_reported()
    {
        var deal = TestSite.Minimal()["input/data/deals/reset.yml"]
            .Replace("parties: [microsoft, openai]", "parties: [microsoft, opena]")
            .Replace("sources: [report]", "sources: [reports]")
            .Replace("    source: report\naccess", "    source: raport\naccess");

        var result = TestSite.Build(TestSite.With("input/data/deals/reset.yml", deal));

        Expect.Errors(result,
            "input/data/deals/reset.yml(2,22): error EX0102: unknown company 'opena'\n  hint: did you mean 'openai'?",
            "input/data/deals/reset.yml(4,11): error EX0104: unknown source 'reports'\n  hint: did you mean 'report'?",
            "input/data/deals/reset.yml(10,13): error EX0104: unknown source 'raport'\n  hint: did you mean 'report'?");
    }

    [Fact]
    public void Unknown_source_of_a_company_is_an_error()
    {
        var result = TestSite.Build(TestSite.With("input/data/companies/openai.yml", "name: OpenAI\nroles: [lab]\nsummary: A lab.\nsources: [repor]\n"));

        Expect.Errors(result, "input/data/companies/openai.yml(4,11): error EX0104: unknown source 'repor'\n  hint: did you mean 'report'?");
    }

    [Fact]
    public void Record_that_fails_to_read_does_not_also_make_every_reference_to_it_unknown()
    {
        var result = TestSite.Build(TestSite.With("seeds/report.yml", "title: A report\npublisher: [Example News\n"));

        var error = Expect.SingleError(result);
        Assert.Equal("seeds/report.yml", error.Location.Path);
        Assert.Equal("EX0010", error.Code);
    }

    [Fact]
    public void Company_missing_a_required_key_is_reported_once()
    {
        var result = TestSite.Build(TestSite.With("input/data/companies/openai.yml", "name: OpenAI\nroles: [lab]\n"));

        Expect.Errors(result, "input/data/companies/openai.yml(1,1): error EX0110: company 'openai' has no 'summary'\n  hint: add a line 'summary: ...'");
    }

    [Fact]
    public void All_errors_of_a_run_are_reported_at_once()
    {
        var files = TestSite.Minimal();
        files["input/data/companies/openai.yml"] = "name: OpenAI\nroles: [lab]\nsumary: A lab.\n";
        files["input/articles/second.md"] = TestSite.Article("title: Second\nsummary: x\ndate: 2026-02-30\n");
        files["input/data/clouds/azure.yml"] = "name: Microsoft Azure\noperator: micrsoft\n";

        var result = TestSite.Build(files);

        Assert.Equal(
            ["input/articles/second.md", "input/data/clouds/azure.yml", "input/data/companies/openai.yml", "input/data/companies/openai.yml"],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.Location.Path));
        Assert.Empty(result.Files);
    }

    [Fact]
    public void Findings_are_sorted_by_file_line_and_column()
    {
        var files = TestSite.Minimal();
        files["input/articles/b.md"] = TestSite.Article("title: B\nsummary: x\ndate: 2026-11-20\ncompanies: [zz]\ndeals: [yy]\n");
        files["input/articles/a.md"] = TestSite.Article("title: A\nsummary: x\ndate: 2026-11-20\nsources: [xx]\n");

        var result = TestSite.Build(files);

        Assert.Equal(["input/articles/a.md(5,11)", "input/articles/b.md(5,13)", "input/articles/b.md(6,9)"],
            result.Diagnostics.Select(d => d.Location.ToString()));
    }

    [Fact]
    public void Drafts_are_checked_too()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2026-11-20\ndraft: true\ncompanies: [nobody]\n"), new BuildOptions());

        Assert.Equal("EX0102", Expect.SingleError(result).Code);
    }
}
