using System.Text.RegularExpressions;

namespace Explainer.Tests.Rendering;

/// <summary>What readers notice of the theme's type and search: the site's own typeface, the site's name in every
/// page title, and search results that say what kind of page they are, with table cells kept apart.</summary>
public sealed partial class TypeAndSearchTests
{
    [Fact]
    public void The_typeface_is_an_open_licensed_woff2_served_by_the_site_itself()
    {
        var result = RepositorySite.Build();
        var css = result.Files.Where(f => f.Path.StartsWith("assets/css/", StringComparison.Ordinal))
            .Select(f => (f.Path, Text: System.Text.Encoding.UTF8.GetString(f.Bytes))).ToList();

        var faces = css.SelectMany(c => FontFaceUrl().Matches(c.Text).Select(m => (c.Path, Url: m.Groups[1].Value))).ToList();
        Assert.NotEmpty(faces);
        foreach (var (path, url) in faces)
        {
            Assert.DoesNotContain("//", url);
            Assert.EndsWith(".woff2", url);
            var served = Path.GetFullPath(Path.Combine("/" + Path.GetDirectoryName(path), url)).TrimStart('/');
            var font = TestSite.File(result, served).Bytes;
            Assert.Equal("wOF2"u8.ToArray(), font[..4]);
        }

        Assert.Contains(result.Files, f => f.Path == "assets/fonts/OFL.txt");
        Assert.Contains(css, c => c.Text.Contains("--font-sans: \"IBM Plex Sans\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_page_title_names_the_site()
    {
        var result = RepositorySite.Build();

        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var title = TestSite.Html(result, page.Path).Title ?? "";
            Assert.True(title.Contains("Explainer", StringComparison.Ordinal), $"{page.Path}: the title '{title}' does not name the site");
        }
    }

    [Theory]
    [InlineData("articles/the-microsoft-openai-reset/index.html", "Article")]
    [InlineData("companies/openai/index.html", "Company")]
    [InlineData("deals/microsoft-openai-reset/index.html", "Deal")]
    [InlineData("sources/techbooky-partnership-reset/index.html", "Source")]
    [InlineData("matrix/index.html", "Matrix")]
    public void Search_results_say_what_kind_of_page_they_are(string path, string kind)
    {
        var result = RepositorySite.Build();
        var html = TestSite.Html(result, result.Files.Any(f => f.Path == path) ? path : FirstOfKind(result, path));

        var body = html.QuerySelector("[data-pagefind-body]");
        Assert.NotNull(body);
        Assert.Equal($"kind:{kind}", body.GetAttribute("data-pagefind-meta"));
        Assert.Equal($"kind:{kind}", body.GetAttribute("data-pagefind-filter"));
    }

    [Fact]
    public void Indexed_table_cells_are_apart_so_excerpts_do_not_run_them_together()
    {
        var result = RepositorySite.Build();

        foreach (var page in result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = TestSite.Page(result, page.Path);
            var joined = AdjacentCells().Match(html);
            Assert.False(joined.Success, $"{page.Path}: two table cells touch ('{joined.Value}'), so search excerpts run them together");
        }
    }

    /// <summary>The first page in the folder of <paramref name="path"/>, for records whose slugs may change.</summary>
    private static string FirstOfKind(BuildResult result, string path)
    {
        var folder = path[..(path.IndexOf('/') + 1)];
        return result.Files.Select(f => f.Path).First(p => p.StartsWith(folder, StringComparison.Ordinal) && p.Count(c => c == '/') == 2);
    }

    [GeneratedRegex("@font-face\\s*\\{[^}]*url\\(\"?([^\")]+)\"?\\)")]
    private static partial Regex FontFaceUrl();

    [GeneratedRegex("</t[dh]><t[dh][ >]")]
    private static partial Regex AdjacentCells();
}
