namespace Explainer.Tests.Data;

public sealed class SlugTests
{
    [Theory]
    [InlineData("input/data/companies/Open_AI.yml", "Open_AI", "open-ai.yml")]
    [InlineData("input/articles/Hello World.md", "Hello World", "hello-world.md")]
    [InlineData("input/data/deals/a--b.yml", "a--b", "a-b.yml")]
    [InlineData("seeds/-report.yml", "-report", "report.yml")]
    public void File_name_that_is_not_a_slug_is_an_error_with_a_fixed_name(string path, string slug, string fixedName)
    {
        var files = TestSite.Minimal();
        files[path] = path.EndsWith(".md", StringComparison.Ordinal) ? TestSite.Article("title: T\nsummary: S\ndate: 2026-11-20\n") : "name: X\n";

        var result = TestSite.Build(files);

        Expect.Errors(result, $"{path}(1,1): error EX0006: '{slug}' is not a valid slug\n  hint: rename the file to '{fixedName}': lower-case letters, digits and single hyphens");
    }

    [Fact]
    public void File_with_the_wrong_extension_in_a_data_folder_is_an_error()
    {
        var result = TestSite.Build(TestSite.With("input/data/companies/readme.txt", "notes\n"));

        Expect.Errors(result,
            "input/data/companies/readme.txt(1,1): error EX0005: files in input/data/companies/ must end in .yml\n  hint: rename it to end in .yml, or move it to input/assets/");
    }

    [Fact]
    public void Stray_file_in_input_is_an_error()
    {
        var result = TestSite.Build(TestSite.With("input/notes.txt", "notes\n"));

        Expect.Errors(result,
            "input/notes.txt(1,1): error EX0005: this file is not part of the content model\n"
            + "  hint: input/ holds site.yml, articles/*.md, data/companies|clouds|deals/*.yml and assets/");
    }

    [Fact]
    public void Files_in_assets_are_copied_as_they_are()
    {
        var result = TestSite.Build(TestSite.With("input/assets/images/chart.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

        Expect.Success(result);
        Assert.Equal("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", TestSite.Page(result, "assets/images/chart.svg"));
    }

    [Fact]
    public void Tag_longer_than_a_slug_may_be_is_an_error_where_it_is_written_not_when_the_site_is_written()
    {
        var tag = new string('a', 300);

        var result = TestSite.Build(TestSite.WithArticle(TestSite.HelloFrontMatter.Replace("tags: [cloud]", $"tags: [cloud, {tag}]")));

        Expect.Errors(result, "input/articles/hello.md(7,15): error EX0151: the tag is 300 characters long; a slug has at most 100\n"
            + "  hint: shorten it: it becomes a folder name in the built site");
    }

    [Fact]
    public void File_name_longer_than_a_slug_may_be_is_an_error()
    {
        var name = new string('b', 120);

        var result = TestSite.Build(TestSite.With($"seeds/{name}.yml", "title: A\npublisher: B\n"));

        Expect.Errors(result, $"seeds/{name}.yml(1,1): error EX0151: the file name is 120 characters long; a slug has at most 100\n"
            + "  hint: shorten it: it becomes a folder name in the built site");
    }
}
