using AngleSharp.Html.Parser;
using Tomlyn;
using Tomlyn.Model;

namespace Explainer.Tests.Deploy;

/// <summary>netlify.toml: how the site is built and published, and the headers every response carries.</summary>
public sealed partial class NetlifyTests
{
    private static readonly TomlTable Config =
        TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "netlify.toml")))!;

    [Fact]
    public void Build_runs_the_build_script_and_publishes_the_output_folder()
    {
        var build = (TomlTable)Config["build"];

        Assert.Contains(".ci/netlify-build", (string)build["command"]);
        Assert.Equal("output", ((string)build["publish"]).TrimEnd('/'));
        Assert.True(File.Exists(Path.Combine(TestSite.RepositoryRoot, ".ci", "netlify-build")), ".ci/netlify-build is missing");
    }

    [Fact]
    public void Deploy_previews_include_drafts()
    {
        var preview = (TomlTable)((TomlTable)Config["context"])["deploy-preview"];

        Assert.Contains("--drafts", (string)preview["command"]);
    }

    [Fact]
    public void Every_path_gets_a_content_security_policy_without_inline_script_or_style()
    {
        var csp = Directives(AllPaths()["Content-Security-Policy"]);

        Assert.Equal(["'self'"], csp["default-src"]);
        Assert.Contains("'self'", csp["script-src"]);
        Assert.DoesNotContain("'unsafe-inline'", csp["script-src"]);
        Assert.DoesNotContain("'unsafe-eval'", csp["script-src"]);
        Assert.DoesNotContain("'unsafe-inline'", csp["style-src"]);
        Assert.DoesNotContain(csp.SelectMany(d => d.Value), v => v.StartsWith("http", StringComparison.Ordinal) || v == "*");
        Assert.Equal(["'none'"], csp["object-src"]);
        Assert.True(csp.ContainsKey("frame-ancestors"), "frame-ancestors is missing");
        Assert.True(csp.ContainsKey("base-uri"), "base-uri is missing");
    }

    [Fact]
    public void Every_path_gets_the_security_headers()
    {
        var headers = AllPaths();

        var hsts = headers["Strict-Transport-Security"];
        var maxAge = hsts.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("max-age=", StringComparison.Ordinal));
        Assert.True(long.Parse(maxAge["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture) >= 15_768_000,
            $"HSTS must last at least six months: {hsts}");
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Contains(headers["X-Frame-Options"], new[] { "DENY", "SAMEORIGIN" });
        Assert.Contains(headers["Referrer-Policy"], new[] { "no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin" });
        Assert.Contains("camera=()", headers["Permissions-Policy"]);
        Assert.Contains("microphone=()", headers["Permissions-Policy"]);
        Assert.Contains("geolocation=()", headers["Permissions-Policy"]);
    }

    [Fact]
    public void Only_fingerprinted_assets_are_cached_for_ever()
    {
        var immutable = HeaderRules().Where(r => r.Values.TryGetValue("Cache-Control", out var c) && c.Contains("immutable", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(immutable);
        Assert.All(immutable, rule => Assert.Contains(rule.For, new[] { "/assets/css/*", "/assets/js/*" }));

        // Those folders may hold only files the generator fingerprints.
        var result = RepositorySite.Build();
        var assets = result.Files.Select(f => f.Path).Where(p => p.StartsWith("assets/css/", StringComparison.Ordinal) || p.StartsWith("assets/js/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assets);
        Assert.All(assets, path => Assert.Matches(@"^assets/(css|js)/[a-z0-9/_-]+\.[0-9a-f]{10}\.(css|js)$", path));
    }

    [Fact]
    public void Unknown_paths_get_the_404_page_with_a_404_status()
    {
        var redirects = (TomlTableArray)Config["redirects"];

        Assert.Contains(redirects, r => (string)r["from"] == "/*" && (string)r["to"] == "/404.html" && Convert.ToInt64(r["status"], System.Globalization.CultureInfo.InvariantCulture) == 404);
        Assert.Contains(RepositorySite.Build().Files, f => f.Path == "404.html");
    }

    [Fact]
    public void No_page_of_the_real_site_has_inline_script_or_style()
    {
        var parser = new HtmlParser();
        var pages = RepositorySite.Build().Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);

        foreach (var page in pages)
        {
            var document = parser.ParseDocument(System.Text.Encoding.UTF8.GetString(page.Bytes));
            Assert.Empty(document.QuerySelectorAll("style"));
            Assert.True(document.QuerySelectorAll("[style]").Length == 0, $"{page.Path} has a style= attribute");
            Assert.True(document.All.All(e => !e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal))), $"{page.Path} has an inline event handler");
            foreach (var script in document.Scripts)
            {
                var isData = script.Type == "application/ld+json";
                Assert.True(isData || script.Source is { Length: > 0 }, $"{page.Path} has an inline script");
                Assert.True(isData || script.Source!.StartsWith('/'), $"{page.Path} loads a script from elsewhere: {script.Source}");
            }
        }
    }

    private static Dictionary<string, string> AllPaths() =>
        HeaderRules().Single(r => r.For == "/*").Values;

    private static List<(string For, Dictionary<string, string> Values)> HeaderRules() =>
        ((TomlTableArray)Config["headers"]).Select(rule => (
            (string)rule["for"],
            ((TomlTable)rule["values"]).ToDictionary(p => p.Key, p => (string)p.Value, StringComparer.Ordinal))).ToList();

    private static Dictionary<string, string[]> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..], StringComparer.Ordinal);
}
