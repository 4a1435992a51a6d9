using System.Globalization;
using System.Text;
using Explainer.Diagnostics;
using Explainer.Output;

namespace Explainer.Cli.Serve;

/// <summary>One immutable state of the preview: the files of the last good build, and the diagnostics of the
/// latest build when it failed. Requests read one snapshot from start to end; a rebuild swaps in a new one.</summary>
internal sealed class SiteSnapshot
{
    private readonly Dictionary<string, OutputFile> files;

    private SiteSnapshot(int build, Dictionary<string, OutputFile> files, IReadOnlyList<Diagnostic> failure, string overlay)
    {
        Build = build;
        this.files = files;
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

    public IEnumerable<string> Paths => files.Keys;

    public static SiteSnapshot Succeeded(int build, IReadOnlyList<OutputFile> output) =>
        new(build, output.ToDictionary(f => f.Path, StringComparer.Ordinal), [], "");

    /// <summary>The same files as <paramref name="lastGood"/>, shown under an overlay.</summary>
    public static SiteSnapshot Failed(int build, SiteSnapshot lastGood, IReadOnlyList<Diagnostic> diagnostics, string overlay) =>
        new(build, lastGood.files, diagnostics, overlay);

    public bool TryGet(string path, out OutputFile file) => files.TryGetValue(path, out file!);

    /// <summary>Maps a decoded URL path to a file: <c>/</c> and <c>/x/</c> to their <c>index.html</c>, <c>/x</c> to
    /// a redirect to <c>/x/</c> when that is a page.</summary>
    public Resolution Resolve(string path)
    {
        var key = path.EndsWith('/') ? path[1..] + "index.html" : path[1..];
        if (files.TryGetValue(key, out var file))
        {
            return new Resolution(200, file, null);
        }

        if (!path.EndsWith('/') && files.ContainsKey(key + "/index.html"))
        {
            return new Resolution(301, null, path + "/");
        }

        return new Resolution(404, files.GetValueOrDefault("404.html"), null);
    }
}

/// <summary>What a path resolves to: a status, the file to send (null for a redirect or a site without
/// 404.html) and where to redirect.</summary>
internal readonly record struct Resolution(int Status, OutputFile? File, string? Location);
