using System.Xml;

namespace Explainer.Tests.Sources;

/// <summary>Control characters are refused where they are written; whatever text passes, every XML file the build
/// writes parses.</summary>
public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData("\\e[31mred", "U+001B")]
    [InlineData("a\\vb", "U+000B")]
    [InlineData("a\\0b", "U+0000")]
    [InlineData("a\\x7fb", "U+007F")]
    [InlineData("a\\x9bb", "U+009B")]
    [InlineData("a\\uFFFEb", "U+FFFE")]
    public void Escaped_control_character_in_front_matter_is_an_error_at_its_value(string escaped, string name)
    {
        var result = TestSite.Build(TestSite.WithArticle(TestSite.HelloFrontMatter.Replace("title: Hello", $"title: \"{escaped}\"")));

        Expect.Errors(result,
            $"input/articles/hello.md(2,8): error EX0150: the value holds the control character {name}\n"
            + "  hint: remove the escape (such as \\e, \\v, \\0 or \\x1b) from the quoted text");
    }

    [Fact]
    public void Escaped_control_character_in_a_data_file_is_an_error()
    {
        var result = TestSite.Build(TestSite.With("input/data/clouds/azure.yml", "name: \"Azure\\e]8;;\"\noperator: microsoft\n"));

        Expect.Errors(result,
            "input/data/clouds/azure.yml(1,7): error EX0150: the value holds the control character U+001B\n"
            + "  hint: remove the escape (such as \\e, \\v, \\0 or \\x1b) from the quoted text");
    }

    [Theory]
    [InlineData("\u001b", "U+001B")]
    [InlineData("\u000b", "U+000B")]
    [InlineData("\u0000", "U+0000")]
    [InlineData("\u0085", "U+0085")]
    public void Control_character_written_in_a_file_is_an_error_at_its_line_and_column(string character, string name)
    {
        var result = TestSite.Build(TestSite.WithBody($"First line.\r\n\r\nSecond {character}line.\n"));

        Expect.Errors(result,
            $"input/articles/hello.md(13,8): error EX0150: the file holds the control character {name}\n"
            + "  hint: delete it (an editor may not show it); text may hold tabs and line breaks, but no other control characters");
    }

    [Fact]
    public void Every_xml_file_parses_whatever_characters_the_text_holds()
    {
        var files = TestSite.WithArticle(
            "title: \"A <b>&amp; ]]> \\u202Eright-to-left\\u202C \\u2028 \\t tab, emoji \\U0001F600\"\n"
            + "summary: '\"quoted\" & <escaped> \u00a0 \ufeff'\ndate: 2026-11-20\ntags: [a-b, c]\n");
        files["input/site.yml"] = "title: \"Site & <co> ]]>\"\ndescription: \"\\u0009 \u00e9\"\nbase_url: https://test.example/\n";

        var result = TestSite.Build(files);

        Expect.Success(result);
        var xml = result.Files.Where(f => f.Path.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.Contains(xml, f => f.Path == "feed.xml");
        Assert.Contains(xml, f => f.Path == "sitemap.xml");
        foreach (var file in xml)
        {
            using var reader = XmlReader.Create(new MemoryStream(file.Bytes), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
            while (reader.Read())
            {
            }
        }
    }
}
