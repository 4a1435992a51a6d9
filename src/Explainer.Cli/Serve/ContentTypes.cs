namespace Explainer.Cli.Serve;

/// <summary>The media type of each file the build can produce, Pagefind's index files included.
/// Anything unknown is served as bytes, which <c>nosniff</c> keeps from being run as a script.</summary>
internal static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".pdf"] = "application/pdf",
        [".wasm"] = "application/wasm",
        [".pf_meta"] = "application/octet-stream",
        [".pf_index"] = "application/octet-stream",
        [".pf_fragment"] = "application/octet-stream",
        [".pagefind"] = "application/octet-stream",
    };

    public static string For(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        return dot > slash && ByExtension.TryGetValue(path[dot..], out var type) ? type : "application/octet-stream";
    }

    public static bool IsHtml(string path) => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
}
