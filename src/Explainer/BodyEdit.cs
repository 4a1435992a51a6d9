using System.Text;
using Explainer.Content;
using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Output;
using Explainer.Rendering;
using Explainer.Sources;

namespace Explainer;

/// <summary>
/// The preview server's shortcut for the commonest save: only the bodies of a few articles changed. An
/// article's body is read by its own page alone; elsewhere only its word count (as reading minutes, on cards)
/// and its embedded blocks (checked by the model) matter. When those and every front matter field are unchanged,
/// the previous build's model, views and other pages stay valid, and only the article pages are planned and
/// rendered again. Anything else returns null and the full pipeline runs; the incremental build tests compare
/// both against a full build.
/// </summary>
internal static class BodyEdit
{
    private const int MostArticles = 8;

    public static BuildResult? TryApply(SiteInput input, BuildCache cache)
    {
        var previous = cache.Previous;
        if (previous is null || input.Options != previous.Options || !input.ReadDiagnostics.SequenceEqual(previous.ReadDiagnostics)
            || Changed(input, previous) is not { Count: > 0 } changed)
        {
            return null;
        }

        var diagnostics = previous.Result.Diagnostics.ToList();
        var files = previous.Result.Files.ToArray();
        var articles = new List<Article>();
        foreach (var file in changed)
        {
            var earlier = cache.Parsed.Findings(file.Path);
            if (!previous.Articles.TryGetValue(file.Path, out var before) || earlier is null
                || !diagnostics.Where(d => d.Location.Path == file.Path).SequenceEqual(earlier))
            {
                return null; // the model said something about this file: let it say it again
            }

            var bag = new DiagnosticBag();
            var after = cache.Parsed.GetOrRead(file, previous.RawHtml, bag,
                own => ContentReader.ReadArticle(file, previous.RawHtml, own)) as Article;
            var findings = bag.ToSortedList();
            if (after is null || findings.Any(d => d.IsError) || !SameOutsideBody(before, after))
            {
                return null;
            }

            var page = PagePlanner.ArticlePage(previous.Site, previous.Views, after);
            if (previous.Renderer.Render(page, out _) is not { } html || !previous.FileIndex.TryGetValue(page.OutputPath, out var index))
            {
                return null;
            }

            files[index] = new OutputFile(page.OutputPath, Encoding.UTF8.GetBytes(html), page.Origin);
            diagnostics.RemoveAll(d => d.Location.Path == file.Path);
            diagnostics.AddRange(findings);
            articles.Add(after);
        }

        var sorted = new DiagnosticBag();
        sorted.Apply(input.Options.NoWarn.Concat(previous.Site.Config.IgnoreWarnings), input.Options.WarningsAsErrors);
        sorted.AddRange(diagnostics);
        var result = new BuildResult(files, sorted.ToSortedList(), previous.Result.PageCount);
        cache.Previous = previous.After(input, result, articles);
        return result;
    }

    private static List<InputFile>? Changed(SiteInput input, PreviousBuild previous)
    {
        if (input.Files.Count != previous.Bytes.Count)
        {
            return null;
        }

        var changed = new List<InputFile>();
        foreach (var file in input.Files)
        {
            if (!previous.Bytes.TryGetValue(file.Path, out var old))
            {
                return null;
            }

            if (ReferenceEquals(old, file.Bytes) || old.AsSpan().SequenceEqual(file.Bytes))
            {
                continue;
            }

            if (!IsArticle(file.Path) || changed.Count == MostArticles)
            {
                return null;
            }

            changed.Add(file);
        }

        return changed;
    }

    private static bool IsArticle(string path) =>
        path.StartsWith("input/articles/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal)
        && path.IndexOf('/', "input/articles/".Length) < 0;

    /// <summary>Every field but the body equal (record equality catches fields added later; a list added later
    /// compares by reference and so turns the shortcut off), the same reading minutes and the same blocks.</summary>
    private static bool SameOutsideBody(Article a, Article b) =>
        Strip(a) == Strip(b)
        && a.Companies.SequenceEqual(b.Companies) && a.Deals.SequenceEqual(b.Deals) && a.Sources.SequenceEqual(b.Sources)
        && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal) && a.TagLocations.SequenceEqual(b.TagLocations)
        && Views.ReadingMinutes(a.Body.WordCount) == Views.ReadingMinutes(b.Body.WordCount)
        && a.Body.Blocks.Count == b.Body.Blocks.Count
        && a.Body.Blocks.Zip(b.Body.Blocks).All(p => p.First.Kind == p.Second.Kind && p.First.Arguments.SequenceEqual(p.Second.Arguments, StringComparer.Ordinal));

    private static Article Strip(Article a) => a with
    {
        Companies = Array.Empty<Ref>(), Deals = Array.Empty<Ref>(), Sources = Array.Empty<Ref>(), Tags = Array.Empty<string>(),
        TagLocations = Array.Empty<SourceLocation>(),
        Body = RenderedMarkdown.Empty,
    };
}
