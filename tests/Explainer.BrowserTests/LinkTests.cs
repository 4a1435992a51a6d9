using System.Text.Json;
using System.Text.RegularExpressions;

namespace Explainer.BrowserTests;

/// <summary>linkinator crawls the served site from its home page and follows every link, asset and #fragment.
/// Links that leave the site are not fetched: the tests run offline.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LinkTests(SiteFixture fixture)
{
    [Fact(Timeout = 180_000)]
    public async Task Linkinator_finds_no_broken_link_from_the_home_page()
    {
        var origin = fixture.Server.Address.GetLeftPart(UriPartial.Authority);
        var run = await NodeTool.RunAsync("linkinator",
        [
            fixture.Server.Address.ToString(), "--recurse", "--check-fragments", "--check-css", "--format", "json",
            "--skip", $"^(?!{Regex.Escape(origin)}/)", "--timeout", "10000", "--concurrency", "8", "--verbosity", "info",
        ], TimeSpan.FromMinutes(3));
        var links = ReadLinks(run);

        var broken = links.Where(l => l.State == "BROKEN").ToList();
        var checkedLinks = links.Count(l => l.State == "OK");
        Assert.True(broken.Count == 0, "broken links:\n" + string.Join('\n', broken.Select(l => $"{l.Status} {l.Url} (on {l.Parent})")));
        Assert.True(checkedLinks >= fixture.Site.Paths.Count(p => p.EndsWith("index.html", StringComparison.Ordinal)),
            $"linkinator checked only {checkedLinks} links; it should reach every page:\n{run.Describe()}");
        Assert.True(run.ExitCode == 0, run.Describe());
    }

    private static List<CheckedLink> ReadLinks(ToolRun run)
    {
        var start = run.Output.IndexOf('{', StringComparison.Ordinal);
        Assert.True(start >= 0, $"linkinator printed no JSON report:\n{run.Describe()}");
        using var report = JsonDocument.Parse(run.Output[start..]);
        return report.RootElement.GetProperty("links").EnumerateArray().Select(link => new CheckedLink(
            link.GetProperty("url").GetString() ?? "",
            link.GetProperty("state").GetString() ?? "",
            link.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.Number ? status.GetInt32() : 0,
            link.TryGetProperty("parent", out var parent) ? parent.GetString() : null)).ToList();
    }

    private sealed record CheckedLink(string Url, string State, int Status, string? Parent);
}
