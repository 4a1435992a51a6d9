using Explainer.Model;
using Explainer.Rendering;
using Explainer.Sources;

namespace Explainer;

/// <summary>What the latest successful build of a <see cref="BuildCache"/> knew, for <see cref="BodyEdit"/>.</summary>
internal sealed record PreviousBuild(
    BuildOptions Options,
    IReadOnlyList<Diagnostics.Diagnostic> ReadDiagnostics,
    IReadOnlyDictionary<string, byte[]> Bytes,
    BuildResult Result,
    IReadOnlyDictionary<string, int> FileIndex,
    Site Site,
    Views Views,
    PageRenderer Renderer,
    Content.RawHtml RawHtml,
    IReadOnlyDictionary<string, Article> Articles)
{
    public static PreviousBuild Of(SiteInput input, BuildResult result, Site site, Views views, PageRenderer renderer) => new(
        input.Options,
        input.ReadDiagnostics,
        input.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal),
        result,
        result.Files.Select((f, i) => (f.Path, i)).ToDictionary(p => p.Path, p => p.i, StringComparer.Ordinal),
        site,
        views,
        renderer,
        site.Config.RawHtml,
        site.Articles.ToDictionary(a => a.Location.Path, StringComparer.Ordinal));

    /// <summary>The same state after <see cref="BodyEdit"/> replaced some article bodies.</summary>
    public PreviousBuild After(SiteInput input, BuildResult result, IReadOnlyList<Article> changed)
    {
        var bytes = new Dictionary<string, byte[]>(Bytes, StringComparer.Ordinal);
        var articles = new Dictionary<string, Article>(Articles, StringComparer.Ordinal);
        foreach (var article in changed)
        {
            articles[article.Location.Path] = article;
            bytes[article.Location.Path] = input.Files.First(f => f.Path == article.Location.Path).Bytes;
        }

        return this with { Bytes = bytes, Result = result, Articles = articles };
    }
}
