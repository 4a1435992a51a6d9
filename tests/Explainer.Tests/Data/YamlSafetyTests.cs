using System.Diagnostics;

namespace Explainer.Tests.Data;

/// <summary>The YAML traps of reliability.md: each is one clear error at its position, quickly, and nothing else.</summary>
public sealed class YamlSafetyTests
{
    private const string Seed = "seeds/report.yml";

    [Fact]
    public void Yaml_syntax_error_in_front_matter_is_reported_at_its_line_in_the_file()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\n  bad: indent\ndate: 2026-11-20\n"));

        Expect.Errors(result,
            "input/articles/hello.md(4,6): error EX0010: YAML syntax error: a ': ' inside a value: put the value in quotes, or, if this line starts a new key, line it up with the keys above\n"
            + "  hint: check the indentation and quoting on this line; quote text that holds ': ' or starts with a special character");
    }

    [Theory]
    [InlineData("name: OpenAI\n\troles: [lab]\nsummary: A lab.\n", "(2,1)")]
    [InlineData("name: OpenAI\nroles:\n\t- lab\nsummary: A lab.\n", "(3,1)")]
    [InlineData("\tname: OpenAI\nroles: [lab]\nsummary: A lab.\n", "(1,1)")]
    public void Tab_indentation_is_reported_at_the_tab_in_plain_words(string yaml, string position)
    {
        var result = TestSite.Build(TestSite.With("input/data/companies/openai.yml", yaml));

        Expect.Errors(result,
            $"input/data/companies/openai.yml{position}: error EX0010: YAML syntax error: a tab indents this line, and YAML indents with spaces only\n"
            + "  hint: replace the tab with spaces, lined up with the lines around it");
    }

    [Fact]
    public void Tab_in_front_matter_is_reported_at_its_line_in_the_file()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\nsummary: x\ndate: 2026-11-20\ntags:\n\t- cloud\n"));

        Assert.Equal("input/articles/hello.md(6,1): error EX0010: YAML syntax error: a tab indents this line, and YAML indents with spaces only",
            Expect.SingleError(result).Format().Split('\n')[0]);
    }

    [Theory]
    [InlineData("name: OpenAI\nroles:\n  - lab\n  cloud\nsummary: A lab.\n", "(4,3)", "this line does not continue the list above it: each item starts with '- ' at the same indentation")]
    [InlineData("name: OpenAI\nroles:\n  - lab\n - cloud\nsummary: A lab.\n", "(4,2)", "this line is indented differently from the keys above it: line it up with them, or with the start of a list item")]
    [InlineData("name: \"OpenAI\nroles: [lab]\nsummary: A lab.\n", "(1,7)", "this quoted text is not closed: add the closing quote")]
    [InlineData("name: OpenAI\nroles: [lab]\nsummary: @lab\n", "(3,10)", "a value cannot start with '@': put the value in quotes")]
    public void Yaml_syntax_errors_say_in_plain_words_what_is_wrong(string yaml, string position, string message)
    {
        var result = TestSite.Build(TestSite.With("input/data/companies/openai.yml", yaml));

        Assert.Equal($"input/data/companies/openai.yml{position}: error EX0010: YAML syntax error: {message}", Expect.SingleError(result).Format().Split('\n')[0]);
    }

    [Fact]
    public void Unclosed_list_in_a_data_file_is_a_syntax_error_not_a_crash()
    {
        var result = TestSite.Build(TestSite.With("input/data/companies/openai.yml", "name: OpenAI\nroles: [lab\nsummary: A lab.\n"));

        Expect.Errors(result,
            "input/data/companies/openai.yml(3,1): error EX0010: YAML syntax error: the YAML could not be read here; is a '[' or '{' left open?\n"
            + "  hint: check the indentation and quoting on this line; quote text that holds ': ' or starts with a special character");
    }

    [Fact]
    public void Duplicate_key_is_an_error_instead_of_the_last_one_winning()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: Hello\ntitle: Other\nsummary: x\ndate: 2026-11-20\n"));

        Expect.Errors(result,
            "input/articles/hello.md(3,1): error EX0011: the key 'title' appears twice in this mapping\n"
            + "  hint: remove one of the two; the build never lets the last one silently win");
    }

    [Fact]
    public void Billion_laughs_is_refused_at_the_first_anchor()
    {
        var laughs = "title: A report\npublisher: x\nreports: &a [\"lol\", \"lol\", \"lol\"]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n";

        var result = TestSite.Build(TestSite.With(Seed, laughs));

        Expect.Errors(result, "seeds/report.yml(3,10): error EX0012: YAML anchors are not allowed ('&a')\n  hint: remove the '&name' anchor and write values out in full");
    }

    [Fact]
    public void Alias_cycle_is_refused()
    {
        var result = TestSite.Build(TestSite.With(Seed, "title: A report\npublisher: x\nreports: &x {b: *x}\n"));

        Expect.Errors(result, "seeds/report.yml(3,10): error EX0012: YAML anchors are not allowed ('&x')\n  hint: remove the '&name' anchor and write values out in full");
    }

    [Fact]
    public void Alias_without_anchor_is_refused()
    {
        var result = TestSite.Build(TestSite.With(Seed, "title: A report\npublisher: *x\n"));

        Assert.Equal("EX0012", Expect.SingleError(result).Code);
    }

    [Theory]
    [InlineData("flow")]
    [InlineData("block")]
    public void Nesting_ten_thousand_deep_is_an_error_not_a_crash(string form)
    {
        var deep = form == "flow"
            ? "title: " + new string('[', 10_000) + new string(']', 10_000) + "\n"
            : "title:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n";
        var clock = Stopwatch.StartNew();

        var result = TestSite.Build(TestSite.With(Seed, deep));

        var error = Expect.SingleError(result);
        Assert.Equal("EX0014", error.Code);
        Assert.Equal(Seed, error.Location.Path);
        Assert.Equal("the YAML is nested more than 32 levels deep", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Python_object_tag_is_refused_with_its_position()
    {
        var result = TestSite.Build(TestSite.WithArticle("title: !!python/object:os.system x\nsummary: s\ndate: 2026-11-20\n"));

        Expect.Errors(result,
            "input/articles/hello.md(2,8): error EX0013: YAML tags are not allowed ('tag:yaml.org,2002:python/object:os.system')\n"
            + "  hint: remove the tag; write the value as plain text");
    }

    [Fact]
    public void Two_yaml_documents_in_one_file_are_an_error()
    {
        var result = TestSite.Build(TestSite.With("input/data/clouds/azure.yml", "name: Microsoft Azure\noperator: microsoft\n---\nname: Other\n"));

        Assert.Equal("EX0015", Expect.SingleError(result).Code);
    }

    [Fact]
    public void Standard_tags_such_as_str_are_accepted()
    {
        var result = TestSite.Build(TestSite.With(Seed, "title: !!str 2026\npublisher: Example News\n"));

        Expect.Success(result);
        Assert.Equal("2026", TestSite.Html(result, "sources/report/index.html").QuerySelector("main h1")!.TextContent);
    }
}
