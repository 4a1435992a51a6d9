using System.Diagnostics;
using Explainer.Sources;
using Tomlyn.Model;

namespace Explainer.Tests.Deploy;

/// <summary>Production is what was tested: the CSP and the URL policy agree, previews stay out of search engines,
/// the 404 page is never indexed, the Netlify build checks links and deploys a binary built from its own commit, and
/// no redirect hides behind the 404 rule.</summary>
public sealed partial class NetlifyTests
{
    [Fact]
    public void An_image_from_another_host_which_the_csp_blocks_is_a_warning()
    {
        var imgSrc = Directives(AllPaths()["Content-Security-Policy"])["img-src"];
        Assert.DoesNotContain(imgSrc, v => v.Contains("//", StringComparison.Ordinal) || v is "*" or "https:" or "http:");

        var result = TestSite.Build(TestSite.WithBody("Local ![chart](/assets/chart.svg).\n\nRemote ![logo](https://cdn.example/logo.png).\n"));

        Expect.Warnings(result,
            "input/articles/hello.md(13,8): warning EX0260: the image 'https://cdn.example/logo.png' is on another host, and the site's Content-Security-Policy (img-src 'self' in netlify.toml) blocks it: readers would see no image\n"
            + "  hint: copy the image into input/assets/ and write its path (/assets/...), or add its host to img-src in netlify.toml");
    }

    [Fact]
    public void A_build_with_drafts_is_noindex_by_header_robots_txt_and_meta_tag()
    {
        var preview = TestSite.Build(TestSite.Minimal(), new BuildOptions { Drafts = true });
        var production = TestSite.Build(TestSite.Minimal());

        Assert.Contains("Disallow: /", TestSite.Page(preview, "robots.txt"));
        Assert.Matches(@"(?m)^/\*\n\s+X-Robots-Tag: noindex$", TestSite.Page(preview, "_headers"));
        Assert.Equal("noindex", TestSite.Html(preview, "articles/hello/index.html").QuerySelector("meta[name=robots]")?.GetAttribute("content"));

        Assert.DoesNotContain("Disallow", TestSite.Page(production, "robots.txt"));
        Assert.DoesNotContain(production.Files, f => f.Path == "_headers");
        Assert.Null(TestSite.Html(production, "articles/hello/index.html").QuerySelector("meta[name=robots]"));
        Assert.Contains("--drafts", (string)((TomlTable)((TomlTable)Config["context"])["deploy-preview"])["command"]);
    }

    [Fact]
    public void The_404_page_is_noindex_and_has_no_canonical_url()
    {
        var page = TestSite.Html(TestSite.Build(TestSite.Minimal()), "404.html");

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
    }

    [Fact]
    public void The_404_rule_comes_last_and_is_not_forced_so_it_shadows_no_redirect_and_no_file()
    {
        var redirects = ((TomlTableArray)Config["redirects"]).ToList();
        var catchAll = redirects.FindIndex(r => (string)r["from"] == "/*");

        Assert.Equal(redirects.Count - 1, catchAll);
        Assert.Equal(404L, Convert.ToInt64(redirects[catchAll]["status"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(redirects[catchAll].TryGetValue("force", out var force) && force is true, "a forced 404 rule would hide every file");
        Assert.DoesNotContain(RepositorySite.Build().Files, f => f.Path == "_redirects");
    }

    [Fact]
    public void The_netlify_build_publishes_the_binary_from_its_commit_and_checks_links_before_building()
    {
        using var run = new NetlifyBuildRun(failCheck: false);

        Assert.True(run.ExitCode == 0, run.Output);
        var log = run.Log;
        Assert.Contains(log, l => l.StartsWith("dotnet publish src/Explainer.Cli", StringComparison.Ordinal));
        var check = log.FindIndex(l => l.StartsWith("explainer check", StringComparison.Ordinal));
        var build = log.FindIndex(l => l.StartsWith("explainer build --output output", StringComparison.Ordinal));
        Assert.True(check >= 0 && build > check, "the build must run explainer check before explainer build:\n" + string.Join('\n', log));
        // The build indexes the site itself once Pagefind is installed: npm ci comes first.
        var npm = log.FindIndex(l => l.StartsWith("npm ci", StringComparison.Ordinal));
        Assert.True(npm >= 0 && npm < build, "npm ci must install Pagefind before the build:\n" + string.Join('\n', log));
        Assert.DoesNotContain(log, l => l.StartsWith("stale", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_link_stops_the_netlify_build_before_anything_is_built()
    {
        using var run = new NetlifyBuildRun(failCheck: true);

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain(run.Log, l => l.StartsWith("explainer build", StringComparison.Ordinal));
    }

    /// <summary>Runs .ci/netlify-build in a copy of the repository's build files with stand-ins for dotnet, npm and npx
    /// that log their arguments: the published stand-in binary logs as <c>explainer</c>, and a binary left in
    /// <c>artifacts/publish</c> by an earlier build logs as <c>stale</c>.</summary>
    private sealed class NetlifyBuildRun : IDisposable
    {
        private readonly string root = Directory.CreateTempSubdirectory("explainer-netlify-").FullName;

        public NetlifyBuildRun(bool failCheck)
        {
            var log = Path.Combine(root, "calls.log");
            Directory.CreateDirectory(Path.Combine(root, ".ci"));
            File.Copy(Path.Combine(TestSite.RepositoryRoot, ".ci", "netlify-build"), Path.Combine(root, ".ci", "netlify-build"));
            File.Copy(Path.Combine(TestSite.RepositoryRoot, "global.json"), Path.Combine(root, "global.json"));
            var version = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "global.json"))).RootElement.GetProperty("sdk").GetProperty("version").GetString();
            var bin = Path.Combine(root, "fake-bin");
            Script(Path.Combine(root, "artifacts", "publish", "explainer"), $"echo \"stale $*\" >> '{log}'");
            Script(Path.Combine(bin, "dotnet"), $$"""
                case "$1" in
                  --list-sdks) echo "{{version}} [/fake]" ;;
                  --version) echo "{{version}}" ;;
                  publish)
                    echo "dotnet $*" >> '{{log}}'
                    out=""; prev=""; for a in "$@"; do [ "$prev" = "-o" ] && out="$a"; prev="$a"; done
                    mkdir -p "$out"
                    printf '#!/bin/sh\necho "explainer $*" >> "%s"\n[ "$1" = check ] && [ "%s" = 1 ] && exit 1\n[ "$1" = build ] && mkdir -p output/pagefind && : > output/pagefind/pagefind.js\nexit 0\n' '{{log}}' '{{(failCheck ? "1" : "0")}}' > "$out/explainer"
                    chmod +x "$out/explainer" ;;
                  *) echo "dotnet $*" >> '{{log}}' ;;
                esac
                """);
            Script(Path.Combine(bin, "npm"), $"echo \"npm $*\" >> '{log}'");
            Script(Path.Combine(bin, "npx"), $"echo \"npx $*\" >> '{log}'");

            var start = new ProcessStartInfo("bash", [Path.Combine(root, ".ci", "netlify-build")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = root,
            };
            start.Environment["PATH"] = bin + ":/usr/bin:/bin";
            start.Environment["CONTEXT"] = "production";
            start.Environment["URL"] = "https://explainer.example.org";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
            }

            ExitCode = process.ExitCode;
            Output = output.Result + error.Result;
            Log = File.Exists(log) ? File.ReadAllLines(log).ToList() : [];
        }

        public int ExitCode { get; }

        public string Output { get; }

        public List<string> Log { get; }

        public void Dispose() => Directory.Delete(root, recursive: true);

        private static void Script(string path, string body)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }
}
