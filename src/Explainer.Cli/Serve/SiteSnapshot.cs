using System.Globalization;
using System.Text;
using Explainer.Diagnostics;
using Explainer.Output;

namespace Explainer.Cli.Serve;

/// <summary>One immutable state of the preview: the site of the last good build, and the diagnostics of the
/// latest build when it failed. Requests read one snapshot from start to end; a rebuild swaps in a new one. A page is
/// rendered when it is first asked for (<see cref="SiteState.Get"/>), as the bytes a full build of that input writes.</summary>
internal sealed class SiteSnapshot
{
    private readonly SiteState? site;

    private SiteSnapshot(int build, SiteState? site, IReadOnlyList<Diagnostic> failure, string overlay)
    {
        Build = build;
        this.site = site;
        Failure = failure;
        Injection = Encoding.UTF8.GetBytes(
            $"{overlay}<script src=\"{PreviewRoutes.ReloadScript}?build={build.ToString(CultureInfo.InvariantCulture)}\" defer></script>\n");
    }

    /// <summary>Counts every published state, failed ones included, so a page can tell it is out of date.</summary>
    public int Build { get; }

    /// <summary>The errors and warnings of the latest build when it failed; empty when it succeeded.</summary>
    public IReadOnlyList<Diagnostic> Failure { get; }

    /// <summary>What goes before <c>&lt;/body&gt;</c> of every HTML page: the overlay if any, then the reload script.</summary>
    public byte[] Injection { get; }

    /// <summary>The paths of the theme's static files (stylesheets among them) and the assets.</summary>
    public IEnumerable<string> StaticPaths => site?.StaticPaths ?? [];

    /// <summary>The site served, if any.</summary>
    public SiteState? Site => site;

    public static SiteSnapshot Empty { get; } = new(0, null, [], "");

    public static SiteSnapshot Succeeded(int build, SiteState site) => new(build, site, [], "");

    /// <summary>The same site as <paramref name="lastGood"/>, shown under an overlay.</summary>
    public static SiteSnapshot Failed(int build, SiteSnapshot lastGood, IReadOnlyList<Diagnostic> diagnostics, string overlay) =>
        new(build, lastGood.site, diagnostics, overlay);

    public bool TryGet(string path, out OutputFile file) => (file = site?.Get(path)!) is not null;

    /// <summary>Maps a decoded URL path to a file: <c>/</c> and <c>/x/</c> to their <c>index.html</c>, <c>/x</c> to
    /// a redirect to <c>/x/</c> when that is a page.</summary>
    public Resolution Resolve(string path)
    {
        var key = path.EndsWith('/') ? path[1..] + "index.html" : path[1..];
        if (TryGet(key, out var file))
        {
            return new Resolution(200, file, null);
        }

        if (!path.EndsWith('/') && site is not null && site.IsPage(key + "/index.html"))
        {
            return new Resolution(301, null, path + "/");
        }

        return new Resolution(404, TryGet("404.html", out var missing) ? missing : null, null);
    }
}

/// <summary>What a path resolves to: a status, the file to send (null for a redirect or a site without
/// 404.html) and where to redirect.</summary>
internal readonly record struct Resolution(int Status, OutputFile? File, string? Location);
