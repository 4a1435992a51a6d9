using Explainer.Sources;

namespace Explainer.Tests.Rendering;

/// <summary>Each record's view is built when a page first asks for it, by whichever thread renders that page: the bytes
/// must not depend on which page asked first, and every page must share the one view of a record.</summary>
public sealed class ViewsTests
{
    private readonly SiteInput input = SiteReader.Read(TestSite.RepositoryRoot, null, new BuildOptions());

    [Fact]
    public void Views_built_on_first_use_while_pages_render_in_parallel_give_the_bytes_of_views_built_before()
    {
        var lazy = SiteBuilder.Build(input);

        var state = new BuildSession(keepPages: false).Update(input);
        var (site, views) = (state.Site!, state.Model!.Views!);
        foreach (var article in site.Articles.Reverse())
        {
            views.Card(article.Slug);
        }

        foreach (var company in site.Companies.Reverse())
        {
            views.Company(company.Slug);
        }

        foreach (var deal in site.Deals.Reverse())
        {
            views.Deal(deal.Slug);
        }

        foreach (var source in site.Sources.Reverse())
        {
            views.Source(source.Id);
        }

        Assert.NotEmpty(views.AllCards);
        var eager = state.Complete();

        Assert.DoesNotContain(lazy.Diagnostics, d => d.IsError);
        Assert.Equal(eager.Files.Select(f => f.Path), lazy.Files.Select(f => f.Path));
        Assert.Equal(eager.Files.Select(f => Convert.ToHexString(f.Bytes)), lazy.Files.Select(f => Convert.ToHexString(f.Bytes)));
    }

    [Fact]
    public void A_view_asked_for_by_many_threads_at_once_is_one_object()
    {
        var state = new BuildSession(keepPages: false).Update(input);
        var (site, views) = (state.Site!, state.Model!.Views!);
        var asked = Enumerable.Range(0, 8).SelectMany(_ => site.Articles).ToList();

        var cards = asked.AsParallel().WithDegreeOfParallelism(8).Select(a => (a.Slug, View: views.Card(a.Slug))).ToList();
        var companies = asked.AsParallel().WithDegreeOfParallelism(8).SelectMany(a => a.Companies.Select(c => (c.Slug, View: views.Company(c.Slug)))).ToList();

        Assert.All(cards.GroupBy(c => c.Slug), g => Assert.Single(g.Select(c => c.View).Distinct(ReferenceEqualityComparer.Instance)));
        Assert.All(companies.GroupBy(c => c.Slug), g => Assert.Single(g.Select(c => c.View).Distinct(ReferenceEqualityComparer.Instance)));
        Assert.Same(views.Card(site.Articles[0].Slug), views.AllCards[0]);
        Assert.Throws<KeyNotFoundException>(() => views.Company("no-such-company"));
    }
}
