namespace Explainer.Tests.Data;

/// <summary>Values and YAML texts have a size limit, reported where they are written, so one huge field cannot
/// take the memory of every page it is copied onto.</summary>
public sealed class FieldLimitTests
{
    [Fact]
    public void Title_longer_than_the_limit_is_an_error_at_its_value()
    {
        var title = new string('t', 10_001);

        var result = TestSite.Build(TestSite.WithArticle(TestSite.HelloFrontMatter.Replace("title: Hello", $"title: {title}")));

        Expect.Errors(result, "input/articles/hello.md(2,8): error EX0152: the value is 10001 characters long; at most 10000 are allowed\n"
            + "  hint: shorten it; long text belongs in an article's body");
    }

    [Fact]
    public void Value_at_the_limit_builds()
    {
        var result = TestSite.Build(TestSite.WithArticle(TestSite.HelloFrontMatter.Replace("summary: The first article.", $"summary: {new string('s', 10_000)}")));

        Expect.Success(result);
    }

    [Fact]
    public void Yaml_file_over_the_limit_is_refused_before_it_is_parsed()
    {
        var text = "name: Microsoft Azure\noperator: microsoft\n# " + new string('x', 1 << 20) + "\n";

        var result = TestSite.Build(TestSite.With("input/data/clouds/azure.yml", text));

        Expect.Errors(result, $"input/data/clouds/azure.yml(1,1): error EX0153: the YAML is {text.Length} characters long; at most 1048576 are read\n"
            + "  hint: records and front matter hold short values; put long text in an article's body");
    }
}
