namespace Explainer.Tests.Content;

public sealed class EmbeddedBlockTests
{
    private const string Page = "articles/hello/index.html";

    [Fact]
    public void Compare_block_renders_the_deal_terms_as_a_table()
    {
        var result = TestSite.Build(TestSite.WithBody("Intro.\n\n::: compare reset\n:::\n\nAfter.\n"));

        Expect.Success(result);
        var block = TestSite.Html(result, Page).QuerySelector("main figure.block-compare")!;
        var row = block.QuerySelector("table.compare tbody tr")!;
        Assert.Equal(["Revenue sharing", "Shared", "Not shared"], row.Children.Take(3).Select(c => c.TextContent));
        Assert.Equal("/deals/reset/", block.QuerySelector("figcaption a")!.GetAttribute("href"));
        Assert.DoesNotContain("explainer-block", TestSite.Page(result, Page));
    }

    [Fact]
    public void Matrix_block_renders_the_whole_matrix()
    {
        var result = TestSite.Build(TestSite.WithBody("::: matrix\n:::\n"));

        Expect.Success(result);
        var table = TestSite.Html(result, Page).QuerySelector("main figure.block-matrix table.matrix")!;
        Assert.Equal(["OpenAI"], table.QuerySelectorAll("tbody th").Select(th => th.TextContent));
    }

    [Fact]
    public void Matrix_block_with_a_lab_renders_only_its_row()
    {
        var files = TestSite.WithBody("::: matrix openai\n:::\n");
        files["input/data/companies/anthropic.yml"] = "name: Anthropic\nroles: [lab]\nsummary: Another lab.\n";

        var result = TestSite.Build(files);

        Expect.Success(result);
        var table = TestSite.Html(result, Page).QuerySelector("main figure.block-matrix table.matrix")!;
        Assert.Equal(["OpenAI"], table.QuerySelectorAll("tbody th").Select(th => th.TextContent));
    }

    [Fact]
    public void Company_block_renders_a_card()
    {
        var result = TestSite.Build(TestSite.WithBody("::: company microsoft\n:::\n"));

        Expect.Success(result);
        var card = TestSite.Html(result, Page).QuerySelector("main .block-company")!;
        Assert.Contains(card.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/companies/microsoft/");
        Assert.Contains("A cloud operator.", card.TextContent);
    }

    [Fact]
    public void Several_blocks_each_render_in_place()
    {
        var result = TestSite.Build(TestSite.WithBody("First.\n\n::: company openai\n:::\n\nMiddle.\n\n::: compare reset\n:::\n\nLast.\n"));

        var text = TestSite.MainText(result, Page);
        var order = new[] { "First.", "A lab.", "Middle.", "Revenue sharing", "Last." }.Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Theory]
    [InlineData("::: compare rest", "(13,1): error EX0103: unknown deal 'rest'\n  hint: did you mean 'reset'?")]
    [InlineData("::: matrix opnai", "(13,1): error EX0102: unknown company 'opnai'\n  hint: did you mean 'openai'?")]
    [InlineData("::: company microsft", "(13,1): error EX0102: unknown company 'microsft'\n  hint: did you mean 'microsoft'?")]
    [InlineData("::: matrix microsoft",
        "(13,1): error EX0121: 'microsoft' is not a lab (its roles: cloud, investor)\n  hint: name a company with the role 'lab', or add 'lab' to input/data/companies/microsoft.yml")]
    public void Unknown_slug_in_a_block_is_an_error_at_the_articles_own_line(string opening, string expected)
    {
        var result = TestSite.Build(TestSite.WithBody($"Intro.\n\n{opening}\n:::\n"));

        Expect.Errors(result, TestSite.ArticlePath + expected);
    }

    [Fact]
    public void Block_inside_a_list_reports_its_own_column()
    {
        var result = TestSite.Build(TestSite.WithBody("- item\n\n  ::: compare rest\n  :::\n"));

        Assert.Equal(new Explainer.Diagnostics.SourceLocation(TestSite.ArticlePath, 13, 3), Expect.SingleError(result).Location);
    }

    [Fact]
    public void Unknown_block_kind_is_an_error_with_a_suggestion()
    {
        var result = TestSite.Build(TestSite.WithBody("::: compar reset\n:::\n"));

        Expect.Errors(result,
            "input/articles/hello.md(11,1): error EX0204: unknown data block 'compar'\n"
            + "  hint: did you mean 'compare'? blocks are '::: compare <deal>', '::: matrix', '::: matrix <lab>' and '::: company <company>'");
    }

    [Theory]
    [InlineData("::: compare", "the 'compare' block takes exactly 1 slug, not 0\n  hint: write '::: compare <deal-slug>'")]
    [InlineData("::: company a b", "the 'company' block takes exactly 1 slug, not 2\n  hint: write '::: company <company-slug>'")]
    [InlineData("::: matrix openai extra", "the 'matrix' block takes 0 or 1 slug, not 2\n  hint: write '::: matrix' for the whole matrix or '::: matrix <lab-slug>' for one row")]
    public void Block_with_the_wrong_number_of_slugs_is_an_error(string opening, string expected)
    {
        var result = TestSite.Build(TestSite.WithBody($"{opening}\n:::\n"));

        Expect.Errors(result, "input/articles/hello.md(11,1): error EX0205: " + expected);
    }

    [Theory]
    [InlineData("Intro.\n\n::: compare reset\n\nEverything after.\n", "the '::: compare' block is never closed")]
    [InlineData("Intro.\n\n::: matrix\nEverything after.\n", "the '::: matrix' block is never closed")]
    public void Unclosed_block_is_an_error_at_its_opening_line(string body, string message)
    {
        var result = TestSite.Build(TestSite.WithBody(body));

        Expect.Errors(result, $"input/articles/hello.md(13,1): error EX0206: {message}\n"
            + "  hint: close it with a line ':::' right after the opening line; without it everything below would vanish from the page");
    }

    [Theory]
    [InlineData("Intro.\n\n:: compare reset\n:::\n\nAfter.\n")]
    [InlineData("Intro.\n\n:: compare reset\n\n:::\n\nAfter.\n")]
    public void Two_colons_instead_of_three_is_reported_at_the_mistyped_line(string body)
    {
        var result = TestSite.Build(TestSite.WithBody(body));

        Expect.Errors(result, "input/articles/hello.md(13,1): error EX0204: ':: compare reset' starts with two colons, so it is not a data block\n"
            + "  hint: write three colons: '::: compare reset'");
    }

    [Fact]
    public void Closing_line_typed_with_two_colons_is_reported_at_that_line()
    {
        var result = TestSite.Build(TestSite.WithBody("Intro.\n\n::: compare reset\n::\n\nAfter.\n"));

        Expect.Errors(result, "input/articles/hello.md(14,1): error EX0206: '::' closes nothing, so the '::: compare' block is never closed\n"
            + "  hint: write three colons: ':::'");
    }
}
