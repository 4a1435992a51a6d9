using Explainer.Output;
using Explainer.Sources;

namespace Explainer.BrowserTests;

/// <summary>The repository's real site (plus any extra files), built once with the library into a temporary folder, as <c>explainer build</c> would.</summary>
internal sealed class BuiltSite : IDisposable
{
    private BuiltSite(string directory, IReadOnlyList<string> paths)
    {
        Directory = directory;
        Paths = paths;
    }

    public string Directory { get; }

    /// <summary>Every file the build wrote, relative to <see cref="Directory"/>, with forward slashes.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <param name="extra">Files added to the site as read from <paramref name="root"/>.</param>
    public static BuiltSite Build(string root, params InputFile[] extra)
    {
        var input = SiteReader.Read(root, null, new BuildOptions());
        var result = SiteBuilder.Build(input with { Files = [.. input.Files, .. extra] });
        if (!result.Succeeded)
        {
            var errors = string.Join('\n', result.Diagnostics.Where(d => d.IsError).Select(d => d.Format()));
            throw new InvalidOperationException($"the site in {root} does not build:\n{errors}");
        }

        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"explainer-browser-{Guid.NewGuid():N}", "site");
        OutputWriter.Write(directory, result.Files);
        return new BuiltSite(directory, result.Files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>The first page whose output path matches, as a URL path: e.g. <c>companies/*/index.html</c>.</summary>
    public string FirstUrl(string folder)
    {
        var path = Paths.FirstOrDefault(p => p.StartsWith(folder + "/", StringComparison.Ordinal)
                && p.EndsWith("/index.html", StringComparison.Ordinal)
                && p.Count(c => c == '/') == folder.Count(c => c == '/') + 2)
            ?? throw new InvalidOperationException($"the built site has no page under {folder}/");
        return "/" + path[..^"index.html".Length];
    }

    public void Dispose()
    {
        var parent = System.IO.Path.GetDirectoryName(Directory)!;
        try
        {
            System.IO.Directory.Delete(parent, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup must not hide the test results.
        }
    }
}
