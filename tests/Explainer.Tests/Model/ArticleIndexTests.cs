using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Sources;

namespace Explainer.Tests.Model;

/// <summary>A model built again takes what it derives from the articles alone from the previous model: whole while every
/// article is the same record, with an edited article put in place when it moves in no list. Either way its lists and
/// indexes hold exactly the records a model built from nothing holds.</summary>
public sealed class ArticleIndexTests
{
    private readonly SiteContent content = ContentReader.Read(SiteReader.Read(TestSite.RepositoryRoot, null, new BuildOptions()), new DiagnosticBag());

    [Fact]
    public void A_model_of_the_same_articles_takes_their_index_from_the_previous_model()
    {
        var previous = Build(content);
        var companies = content.Companies.Select(c => c.Slug == "amazon" ? c with { Summary = "Edited." } : c).ToList();

        var (site, findings) = BuildAgain(content with { Companies = companies }, previous);

        Assert.Same(previous.ArticleIndex, site.ArticleIndex);
        Assert.Same(previous.ArticleChecks, site.ArticleChecks);
        AssertSameAsBuiltAnew(site, findings, content with { Companies = companies });
    }

    [Theory]
    [InlineData("removed")]
    [InlineData("no longer a lab")]
    public void The_same_articles_are_checked_again_when_a_company_they_name_changes(string change)
    {
        var previous = Build(content);
        var companies = change == "removed"
            ? content.Companies.Where(c => c.Slug != "nebius").ToList()
            : content.Companies.Select(c => c.Slug == "anthropic" ? c with { Roles = ["investor"] } : c).ToList();

        var (site, findings) = BuildAgain(content with { Companies = companies }, previous);

        Assert.NotSame(previous.ArticleChecks, site.ArticleChecks);
        Assert.Contains(findings, d => d.IsError && d.Location.Path.StartsWith("input/articles/", StringComparison.Ordinal));
        AssertSameAsBuiltAnew(site, findings, content with { Companies = companies });
    }

    [Fact]
    public void An_edited_title_is_put_in_place_in_every_list_that_holds_the_article()
    {
        var previous = Build(content);
        var edited = Edit("why-now", a => a with { Title = "So why the labs moved", Summary = "Edited." });

        var (site, findings) = BuildAgain(edited, previous);

        Assert.NotSame(previous.ArticleIndex, site.ArticleIndex);
        Assert.Same(previous.ArticlesByCompany["nebius"], site.ArticlesByCompany["nebius"]);
        AssertSameAsBuiltAnew(site, findings, edited);
    }

    [Theory]
    [InlineData("unknown company")]
    [InlineData("unknown deal")]
    [InlineData("reading order taken")]
    public void An_edited_article_is_checked_again(string change)
    {
        var previous = Build(content);
        var taken = content.Articles.First(a => a.Slug != "why-now" && a.Order is not null).Order;
        var edited = Edit("why-now", a => change switch
        {
            "unknown company" => a with { Companies = [.. a.Companies, new Ref("opneai", a.Location)] },
            "unknown deal" => a with { Deals = [.. a.Deals, new Ref("no-such-deal", a.Location)] },
            _ => a with { Order = taken },
        });

        var (site, findings) = BuildAgain(edited, previous);

        Assert.Contains(findings, d => d.IsError && d.Location.Path == "input/articles/why-now.md");
        AssertSameAsBuiltAnew(site, findings, edited);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("tags")]
    [InlineData("draft")]
    public void An_edit_that_moves_the_article_makes_the_index_anew(string change)
    {
        var previous = Build(content);
        var edited = Edit("why-now", a => change switch
        {
            "date" => a with { Date = new DateOnly(2020, 1, 2) },
            "tags" => a with { Tags = [.. a.Tags, "glossary"], TagLocations = [.. a.TagLocations, a.Location] },
            _ => a with { Draft = true },
        });

        var (site, findings) = BuildAgain(edited, previous);

        AssertSameAsBuiltAnew(site, findings, edited);
    }

    private static Site Build(SiteContent from) => SiteModel.Build(from, includeDrafts: false, new DiagnosticBag());

    private static (Site Site, IReadOnlyList<Diagnostic> Findings) BuildAgain(SiteContent from, Site previous)
    {
        var findings = new DiagnosticBag();
        return (SiteModel.Build(from, includeDrafts: false, findings, previous), findings.ToSortedList());
    }

    private SiteContent Edit(string slug, Func<Article, Article> change) =>
        content with { Articles = content.Articles.Select(a => a.Slug == slug ? change(a) : a).ToList() };

    private static void AssertSameAsBuiltAnew(Site site, IReadOnlyList<Diagnostic> findings, SiteContent from)
    {
        var anewFindings = new DiagnosticBag();
        var anew = SiteModel.Build(from, includeDrafts: false, anewFindings);
        Assert.Equal(anewFindings.ToSortedList(), findings);
        AssertSameRecords(anew.Articles, site.Articles);
        AssertSameRecords(anew.ReadingOrder, site.ReadingOrder);
        AssertSameRecords(anew.ArticleBySlug.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value),
            site.ArticleBySlug.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value));
        foreach (var (name, expected, actual) in new[]
        {
            ("companies", anew.ArticlesByCompany, site.ArticlesByCompany),
            ("deals", anew.ArticlesByDeal, site.ArticlesByDeal),
            ("tags", anew.ArticlesByTag, site.ArticlesByTag),
        })
        {
            Assert.True(expected.Keys.Order(StringComparer.Ordinal).SequenceEqual(actual.Keys.Order(StringComparer.Ordinal)), name);
            foreach (var (key, list) in expected)
            {
                AssertSameRecords(list, actual[key]);
            }
        }

        Assert.Equal(anew.Tags, site.Tags);
        Assert.Equal(anew.CitationsBySource.Keys.Order(StringComparer.Ordinal), site.CitationsBySource.Keys.Order(StringComparer.Ordinal));
        foreach (var (source, citations) in anew.CitationsBySource)
        {
            Assert.Equal(citations, site.CitationsBySource[source]);
        }
    }

    /// <summary>The same records, not only equal ones: a list holding an article's previous record is stale.</summary>
    private static void AssertSameRecords(IEnumerable<Article> expected, IEnumerable<Article> actual)
    {
        Assert.Equal(expected.Select(a => a.Slug), actual.Select(a => a.Slug));
        Assert.True(expected.SequenceEqual(actual, ReferenceEqualityComparer.Instance), "a list holds another record of an article");
    }
}
