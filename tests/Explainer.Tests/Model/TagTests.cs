namespace Explainer.Tests.Model;

/// <summary>Tags are a small set that articles share: a tag only one article uses is a warning, and an article's card
/// shows every one of its tags.</summary>
public sealed class TagTests
{
    private const string Second = "input/articles/second.md";

    [Fact]
    public void A_tag_only_one_article_uses_is_a_warning_at_its_line_and_column()
    {
        var files = TestSite.Minimal();
        files[Second] = TestSite.Article("title: Second\nsummary: Another.\ndate: 2026-11-21\ntags: [cloud, clouds]\n");

        var result = TestSite.Build(files);

        Expect.Warnings(result,
            "input/articles/second.md(5,15): warning EX0181: the tag 'clouds' is used by this article only\n"
            + "  hint: did you mean 'cloud'? use a tag other articles share (cloud), or give another article this tag");
    }

    [Fact]
    public void Tags_that_articles_share_give_no_warning()
    {
        var files = TestSite.Minimal();
        files[Second] = TestSite.Article("title: Second\nsummary: Another.\ndate: 2026-11-21\ntags: [cloud]\n");

        Expect.Warnings(TestSite.Build(files));
    }

    [Fact]
    public void A_card_shows_every_tag_of_its_article()
    {
        var tags = new[] { "cloud", "compute", "investment", "labs", "partnerships" };
        var files = TestSite.Minimal();
        files[TestSite.ArticlePath] = TestSite.Article(TestSite.HelloFrontMatter.Replace("tags: [cloud]", $"tags: [{string.Join(", ", tags)}]", StringComparison.Ordinal));
        files[Second] = TestSite.Article($"title: Second\nsummary: Another.\ndate: 2026-11-21\ntags: [{string.Join(", ", tags)}]\n");

        var result = TestSite.Build(files);

        Expect.Success(result);
        var card = TestSite.Html(result, "articles/index.html").QuerySelectorAll(".card").First(c => c.TextContent.Contains("Hello", StringComparison.Ordinal));
        Assert.Equal(tags, card.QuerySelectorAll("a[href^='/tags/']").Select(a => a.TextContent).ToArray());
    }
}
