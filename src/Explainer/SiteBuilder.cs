using System.Text;
using Explainer.Cards;
using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Output;
using Explainer.Rendering;
using Explainer.Sources;

namespace Explainer;

/// <summary>
/// The pipeline: read and validate everything, then render with the whole site known.
/// <code>SiteInput -> ContentReader -> SiteModel -> PagePlanner -> PageRenderer -> BuildResult</code>
/// Nothing here touches the disk: the CLI writes the files, the preview server serves them, tests assert on them.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(SiteInput input) => Build(input, null);

    /// <summary>With a <paramref name="cache"/> from the previous build, only changed files are parsed and only
    /// pages whose data or templates changed are rendered; the result is the same, byte for byte.</summary>
    public static BuildResult Build(SiteInput input, BuildCache? cache) => Build(input, cache, null);

    /// <summary>With a <paramref name="sink"/>, each file goes to it as soon as it is made (from several threads)
    /// instead of into the result, whose <see cref="BuildResult.Files"/> is then empty: the CLI writes a large site
    /// without holding it in memory. A build with errors may already have handed some files over; the caller discards them.
    /// When <paramref name="cancel"/> fires, the build stops as soon as it can (pages that are rendering stop where they
    /// are) and throws <see cref="OperationCanceledException"/>; a <paramref name="cache"/> stays usable.</summary>
    public static BuildResult Build(SiteInput input, BuildCache? cache, OutputSink? sink, CancellationToken cancel = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        budget.CancelAfter(input.Options.BuildTimeout);
        try
        {
            return BuildWithin(input, cache, sink, budget.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancel.IsCancellationRequested)
        {
            var limit = input.Options.BuildTimeout;
            return new BuildResult([], [new Diagnostic(Severity.Error, Codes.BuildTimeout, SourceLocation.File("explainer"),
                $"the build took longer than {(limit.TotalMinutes >= 1 ? $"{limit.TotalMinutes:0.#} minutes" : $"{limit.TotalSeconds:0.#} s")} and was stopped",
                "look for a template that is slow on every page, such as a large loop in layouts/base.html")], 0);
        }
    }

    private static BuildResult BuildWithin(SiteInput input, BuildCache? cache, OutputSink? sink, CancellationToken cancel)
    {
        if (cache is not null && sink is null && BodyEdit.TryApply(input, cache) is { } edited)
        {
            cache.LastWasBodyEdit = true;
            return edited;
        }

        cache?.LastWasBodyEdit = false;
        cache?.Previous = null;
        var diagnostics = new DiagnosticBag();
        diagnostics.Apply(input.Options.NoWarn, input.Options.WarningsAsErrors);
        diagnostics.AddRange(input.ReadDiagnostics);
        SiteContent content = null!;
        Theme theme = null!;
        Parallel.Invoke(
            () => content = WithBaseUrl(ContentReader.Read(input, diagnostics, cache?.Parsed), input.Options.BaseUrl, diagnostics),
            () => theme = Theme.Load(input, diagnostics));
        cancel.ThrowIfCancellationRequested();
        var site = SiteModel.Build(content, input.Options.Drafts || input.Options.Preview, diagnostics);

        if (diagnostics.HasErrors)
        {
            return new BuildResult([], diagnostics.ToSortedList(), 0);
        }

        var views = new Views(site, theme.AssetUrls);
        var pages = PagePlanner.Plan(site, views);
        var output = new OutputSet(diagnostics, sink);
        var renderer = new PageRenderer(site, views, theme, input.Options.Preview, input.Options.PageRenderTimeout);
        // The feed, sitemap, JSON export and static files need no rendered page: they are made while the pages render.
        Parallel.Invoke(
            () => renderer.RenderAll(pages, output, diagnostics, cache?.Rendered, cancel),
            () => AddDataFiles(site, pages, theme, content, output),
            () => AddCards(site, theme, output));
        cancel.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors)
        {
            return new BuildResult([], diagnostics.ToSortedList(), 0);
        }

        var result = new BuildResult(sink is null ? output.ToSortedList() : [], diagnostics.ToSortedList(), pages.Count);
        if (sink is null)
        {
            cache?.Previous = PreviousBuild.Of(input, result, site, views, renderer);
        }

        return result;
    }

    private static void AddDataFiles(Site site, IReadOnlyList<Page> pages, Theme theme, SiteContent content, OutputSet output)
    {
        output.Add("feed.xml", Encoding.UTF8.GetBytes(Feeds.Atom(site)), "input/articles");
        output.Add("deals/feed.xml", Encoding.UTF8.GetBytes(Feeds.DealAtom(site)), "input/data/deals");
        foreach (var (path, xml) in Feeds.Sitemaps(site, pages.Where(p => p.Kind.Indexed).Select(p => (p.Url, p.Modified))))
        {
            output.Add(path, Encoding.UTF8.GetBytes(xml), "input");
        }

        output.Add("robots.txt", Encoding.UTF8.GetBytes(Feeds.Robots(site)), "input/site.yml");
        if (Feeds.NoIndexHeaders(site) is { } headers)
        {
            output.Add("_headers", Encoding.UTF8.GetBytes(headers), "input/articles");
        }
        output.Add("data/explainer.json", JsonExport.Write(site), "input/data");
        output.Add("data/explainer.schema.json", JsonSchema.Bytes, "src/Explainer/Output/JsonSchema.cs");
        output.Add("data/matrix.csv", CsvExport.Matrix(site, site.Matrix), "input/data/deals");
        foreach (var deal in site.Deals)
        {
            output.Add($"deals/{deal.Slug}/terms.csv", CsvExport.Terms(site, deal), deal.Location.Path);
        }

        if (site.Matrix.HistoryFits)
        {
            foreach (var (deal, matrix) in site.Matrix.History())
            {
                output.Add($"matrix/as-of/{deal.Slug}/matrix.csv", CsvExport.Matrix(site, matrix), deal.Location.Path);
            }
        }

        // The search page reads this file to learn whether a search index exists. Pagefind overwrites it when it
        // indexes the built site; without Pagefind it says "no index", so the page never requests a missing file.
        output.Add("pagefind/pagefind-entry.json", "{\"version\":null,\"languages\":{}}\n"u8.ToArray(), "theme/layouts/search.html");
        foreach (var file in theme.StaticFiles)
        {
            output.Add(file.OutputPath, file.Bytes, file.Origin);
        }

        foreach (var asset in content.Assets)
        {
            output.Add(asset.Path["input/".Length..], asset.Bytes, asset.Path);
        }
    }

    private static void AddCards(Site site, Theme theme, OutputSet output)
    {
        if (theme.CardFonts is { } fonts)
        {
            SiteCards.Paint(site, fonts, output);
        }
    }

    private static SiteContent WithBaseUrl(SiteContent content, string? baseUrl, DiagnosticBag diagnostics)
    {
        if (baseUrl is null)
        {
            return content;
        }

        if (baseUrl != "/" && !RecordReaders.IsHttpUrl(baseUrl))
        {
            diagnostics.Error(Codes.InvalidUrl, SourceLocation.File("--base-url"), $"'{baseUrl}' is not an absolute http(s) URL",
                "pass it as https://example.org/");
            return content;
        }

        return content with { Config = content.Config with { BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/" } };
    }
}
