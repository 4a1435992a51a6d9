using System.Text;
using Explainer.Rendering;
using Explainer.Sources;

namespace Explainer.Tests.Rendering;

/// <summary>The plan finds every page by position and by path as a list and a dictionary of all of them would, and
/// makes an article's page only when it is asked for.</summary>
public sealed class PagePlanTests
{
    private readonly List<InputFile> files = SiteReader.Read(TestSite.RepositoryRoot, null, new BuildOptions()).Files.ToList();

    [Fact]
    public void Every_page_is_found_by_its_path_and_no_other_path_finds_one()
    {
        var plan = new BuildSession().Update(new SiteInput(files, new BuildOptions { Preview = true })).Plan;

        var pages = plan.ToList();
        Assert.Equal(plan.Count, pages.Count);
        Assert.Contains(pages, p => p.Kind == PageKind.Article);
        foreach (var page in pages)
        {
            Assert.True(plan.TryGet(page.OutputPath, out var found), page.OutputPath);
            Assert.Same(page, found);
            Assert.True(plan.Contains(page.OutputPath));
        }

        foreach (var path in new[] { "articles/no-such-article/index.html", "articles/why-now/extra/index.html", "articles//index.html",
            "articles/index.html/index.html", "articles/why-now/", "articles/why-now/index.htm", "why-now/index.html" })
        {
            Assert.False(plan.TryGet(path, out _), path);
            Assert.False(plan.Contains(path), path);
        }
    }

    [Fact]
    public void A_record_edit_makes_only_the_article_pages_the_preview_serves()
    {
        var session = new BuildSession();
        session.Update(new SiteInput(files.ToList(), new BuildOptions { Preview = true })).Complete();
        var company = files.FindIndex(f => f.Path == "input/data/companies/amazon.yml");
        files[company] = new InputFile(files[company].Path,
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(files[company].Bytes).Replace("summary: ", "summary: Still ")));

        var state = session.Update(new SiteInput(files.ToList(), new BuildOptions { Preview = true }), [files[company].Path]);

        Assert.False(session.LastKeptModel);
        Assert.Equal(0, state.Plan.ArticlePagesMade);
        Assert.NotNull(state.Get("articles/why-now/index.html"));
        Assert.Equal(1, state.Plan.ArticlePagesMade);
        state.Complete();
        Assert.Equal(state.Plan.Count(p => p.Kind == PageKind.Article), state.Plan.ArticlePagesMade);
    }
}
