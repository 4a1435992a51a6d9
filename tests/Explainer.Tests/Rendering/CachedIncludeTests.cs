using Explainer.Sources;

namespace Explainer.Tests.Rendering;

/// <summary><c>include_cached</c> reuses a partial's output for the same keys, and cannot make one page's output
/// leak into another's: the partial sees its keys, <c>site</c> and <c>preview</c>, nothing else.</summary>
public sealed class CachedIncludeTests
{
    private const string Layout = "theme/layouts/tags.html";

    private static Dictionary<string, string> WithLayout(string layout, string partial)
    {
        var files = TestSite.With(Layout, layout);
        files["theme/partials/stamp.html"] = partial;
        return files;
    }

    [Fact]
    public void Cached_output_is_what_include_writes_for_each_key()
    {
        var layout = "{{ for tag in ['a', 'b', 'a'] }}{{ include_cached 'partials/stamp.html' tag }}|{{ end }}"
            + "{{ for tag in ['a', 'b', 'a'] }}{{ include 'partials/stamp.html' }}|{{ end }}";
        var result = TestSite.Build(WithLayout(layout, "<i>{{ tag }} of {{ site.title }}</i>"));

        Expect.Success(result);
        var main = TestSite.Html(result, "tags/index.html").QuerySelector("main")!.InnerHtml;
        var once = "<i>a of Test site</i>|<i>b of Test site</i>|<i>a of Test site</i>|";
        Assert.Contains(once + once, main);
    }

    [Fact]
    public void Cached_output_used_as_a_value_is_written_as_html_not_escaped()
    {
        var result = TestSite.Build(WithLayout("{{ tag = 'a' }}{{ x = include_cached 'partials/stamp.html' tag }}<b>{{ x }}</b>", "<i>{{ tag }}</i>"));

        Expect.Success(result);
        Assert.Contains("<b><i>a</i></b>", TestSite.Html(result, "tags/index.html").QuerySelector("main")!.InnerHtml);
    }

    [Fact]
    public void A_cached_partial_cannot_read_the_page()
    {
        var result = TestSite.Build(WithLayout("{{ tag = 'a' }}{{ include_cached 'partials/stamp.html' tag }}", "<i>{{ page.url }}</i>\n"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("EX0302", error.Code);
        Assert.Equal("theme/partials/stamp.html", error.Location.Path);
        Assert.Contains("`page` was not found", error.Message);
    }

    [Fact]
    public void A_cached_partial_cannot_read_the_callers_variables()
    {
        var result = TestSite.Build(WithLayout("{{ tag = 'a' }}{{ other = 'b' }}{{ include_cached 'partials/stamp.html' tag }}", "<i>{{ other }}</i>\n"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("`other` was not found", error.Message);
    }

    [Fact]
    public void Keys_must_be_variables()
    {
        var result = TestSite.Build(WithLayout("{{ include_cached 'partials/stamp.html' page.title }}", "<i></i>\n"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(Layout, error.Location.Path);
        Assert.Contains("include_cached takes variables as keys", error.Message);
    }

    [Fact]
    public void A_cached_partial_outside_the_theme_is_refused()
    {
        var result = TestSite.Build(WithLayout("{{ tag = 'a' }}{{ include_cached '../input/site.yml' tag }}", ""));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("outside the theme", error.Message);
    }

    [Fact]
    public void Editing_a_partial_that_a_cached_partial_includes_renders_the_pages_again()
    {
        var files = TestSite.Minimal();
        var session = new BuildSession();
        session.Build(TestSite.Input(files));
        files["theme/partials/level-badge.html"] = "<b class=\"edited\">{{ $1 }}</b>\n";

        var incremental = session.Build(TestSite.Input(files), ["theme/partials/level-badge.html"]);

        Expect.Success(incremental);
        var full = SiteBuilder.Build(TestSite.Input(files));
        Assert.Equal(full.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes))), incremental.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes))));
        Assert.NotNull(TestSite.Html(incremental, "matrix/index.html").QuerySelector("td.cell b.edited"));
    }
}
