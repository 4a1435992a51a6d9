using Explainer.Rendering;

namespace Explainer.Tests.Rendering;

/// <summary>The page kinds table and the shipped theme agree: a new kind without a layout, or a layout no kind
/// uses, fails here instead of at the first build that meets it.</summary>
public sealed class PageKindTests
{
    [Fact]
    public void Every_page_kind_has_a_layout_and_every_layout_is_a_page_kind_or_the_base()
    {
        var layouts = Directory.GetFiles(Path.Combine(TestSite.RepositoryRoot, "theme", "layouts"), "*.html")
            .Select(Path.GetFileNameWithoutExtension).Where(n => n != "base").Order(StringComparer.Ordinal);

        Assert.Equal(layouts, PageKind.All.Select(k => k.Layout).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_sitemap_lists_the_single_pages_search_engines_may_index_and_not_the_others()
    {
        var result = RepositorySite.Build();
        var sitemap = TestSite.Page(result, "sitemap.xml");

        foreach (var kind in PageKind.All.Where(k => k.Url is not null && k.Url != "/"))
        {
            Assert.True(kind.Indexed == sitemap.Contains(kind.Url + "</loc>", StringComparison.Ordinal), $"{kind.Name}: {kind.Url}");
        }
    }
}
