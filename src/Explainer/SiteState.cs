using System.Collections.Concurrent;
using System.Collections.Immutable;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Output;
using Explainer.Rendering;

namespace Explainer;

/// <summary>
/// One checked and modelled input of a <see cref="BuildSession"/>: its findings so far and its pages, each rendered when
/// first asked for (<see cref="Get"/>) or all at once (<see cref="Complete"/>). Immutable: a later update of the session
/// makes a new state, and this one goes on giving the bytes of its own input.
/// </summary>
public sealed class SiteState
{
    private readonly BuildSession? session;
    private readonly BuildSession.Findings findings;
    private readonly PagePlan pages = PagePlan.Empty;
    private readonly IReadOnlyList<OutputFile> statics = [];
    private readonly Dictionary<string, OutputFile> files = new(StringComparer.Ordinal);
    private readonly BuildSession.ModelStage? model;
    private readonly bool keepPages;
    private ImmutableDictionary<string, byte[]> rendered = ImmutableDictionary<string, byte[]>.Empty;
    private readonly Lazy<Dictionary<string, OutputFile>> data;
    private readonly ConcurrentDictionary<string, long> asked = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource retired = new();

    internal SiteState(BuildSession.Findings findings, IReadOnlyList<Diagnostic> sorted)
    {
        this.findings = findings;
        Diagnostics = sorted;
        data = new(() => new Dictionary<string, OutputFile>(StringComparer.Ordinal));
    }

    internal SiteState(BuildSession session, BuildSession.Findings findings, IReadOnlyList<Diagnostic> sorted, PagePlan pages,
        BuildSession.ModelStage model, bool keepPages, ImmutableDictionary<string, byte[]> rendered)
        : this(findings, sorted)
    {
        this.session = session;
        this.pages = pages;
        this.model = model;
        this.keepPages = keepPages;
        this.rendered = rendered;

        statics = [.. model.Theme!.StaticFiles.Select(f => new OutputFile(f.OutputPath, f.Bytes, f.Origin)),
            .. model.Content.Assets.Select(a => new OutputFile(a.Path["input/".Length..], a.Bytes, a.Path))];
        foreach (var file in statics)
        {
            files.TryAdd(file.Path, file);
        }

        data = new(() => model.DataFiles!.Get(default).Concat(model.CardFiles!.Get(default)).DistinctBy(f => f.Path)
            .ToDictionary(f => f.Path, StringComparer.Ordinal));
    }

    /// <summary>The findings of reading, checking and modelling; rendering may add more (<see cref="Complete"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int PageCount => pages.Count;

    /// <summary>The paths of the theme's static files and the assets: the files other than pages and data files.</summary>
    public IEnumerable<string> StaticPaths => files.Keys;

    internal BuildSession.Findings Findings => findings;

    internal BuildSession.ModelStage? Model => model;

    internal PagePlan Plan => pages;

    /// <summary>The site model, for tests; null when reading or checking failed.</summary>
    internal Site? Site => model?.Site;

    /// <summary>The pages rendered so far.</summary>
    internal ImmutableDictionary<string, byte[]> RenderedPages => rendered;

    /// <summary>True when the site has a page at <paramref name="path"/>.</summary>
    public bool IsPage(string path) => pages.Contains(path);

    /// <summary>The file at <paramref name="path"/>, a page rendered now if it was not yet; null when there is none, or
    /// when its page fails to render (<see cref="Complete"/> reports why).</summary>
    public OutputFile? Get(string path)
    {
        if (files.TryGetValue(path, out var file))
        {
            return file;
        }

        if (pages.TryGet(path, out var page))
        {
            asked[path] = Environment.TickCount64;
            return Render(page, retired.Token).Bytes is { } bytes ? new OutputFile(path, bytes, page.Origin) : null;
        }

        return session is null ? null : data.Value.GetValueOrDefault(path);
    }

    /// <summary>True once <see cref="Retire"/> was called: <see cref="Get"/> then renders nothing more.</summary>
    public bool IsRetired => retired.IsCancellationRequested;

    /// <summary>Stops the pages being rendered for <see cref="Get"/>: a newer state serves instead.</summary>
    public void Retire() => retired.Cancel();

    /// <summary>Renders the pages browsers asked <paramref name="previous"/> for last (the pages open while their writer
    /// edits), so they are ready when those browsers reload.</summary>
    public void RenderFirst(SiteState? previous, CancellationToken cancel = default)
    {
        var wanted = previous?.asked.OrderByDescending(p => p.Value).Take(4).Select(p => p.Key).ToList() ?? [];
        Parallel.ForEach(wanted, new ParallelOptions { CancellationToken = cancel }, path =>
        {
            if (pages.TryGet(path, out var page))
            {
                Render(page, cancel);
            }
        });
    }

    /// <summary>Renders every page not rendered yet and makes every other file: the result of a full build of this input,
    /// its findings included. With a <paramref name="sink"/>, each file goes to it instead of into the result.</summary>
    public BuildResult Complete(OutputSink? sink = null, CancellationToken cancel = default)
    {
        var diagnostics = findings.Bag();
        var output = new OutputSet(diagnostics, sink);
        try
        {
            if (keepPages)
            {
                // The preview: pages first, then the data files, and a newer build does not wait for those to stop.
                model!.Renderer!.RenderAll(pages, output, diagnostics, Render, cancel);
                cancel.ThrowIfCancellationRequested();
                var data = Task.Run(() => model.DataFiles!.Get(cancel));
                var cards = Task.Run(() => model.CardFiles!.Get(cancel));
                Task.WaitAll([data, cards], cancel);
                AddAll(output, [.. statics, .. data.Result, .. cards.Result]);
            }
            else
            {
                Parallel.Invoke(
                    () => model!.Renderer!.RenderAll(pages, output, diagnostics, null, cancel),
                    () => AddAll(output, [.. statics, .. model!.DataFiles!.Get(cancel)]),
                    () => AddAll(output, model!.CardFiles!.Get(cancel)));
            }
        }
        catch (AggregateException) when (cancel.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancel);
        }

        cancel.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors)
        {
            return new BuildResult([], diagnostics.ToSortedList(), 0);
        }

        if (keepPages)
        {
            session!.RetainPages(pages);
        }

        return new BuildResult(sink is null ? output.ToSortedList() : [], diagnostics.ToSortedList(), pages.Count);
    }

    private static void AddAll(OutputSet output, IReadOnlyList<OutputFile> files)
    {
        foreach (var file in files)
        {
            output.Add(file.Path, file.Bytes, file.Origin);
        }
    }

    private (byte[]? Bytes, Diagnostic? Error) Render(Page page, CancellationToken cancel)
    {
        if (rendered.TryGetValue(page.OutputPath, out var bytes))
        {
            return (bytes, null);
        }

        var result = session!.RenderPage(model!.Renderer!, page, cancel);
        if (result.Bytes is not null && keepPages)
        {
            ImmutableInterlocked.TryAdd(ref rendered, page.OutputPath, result.Bytes);
        }

        return result;
    }
}
