using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using Explainer.Cards;
using Explainer.Content;
using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Output;
using Explainer.Rendering;
using Explainer.Sources;
using RawHtml = Explainer.Content.RawHtml;

namespace Explainer;

/// <summary>
/// The build engine, for one build (<see cref="SiteBuilder.Build(SiteInput)"/>) or a series of them (the preview
/// server). Each stage keeps its result with the value of its inputs, and runs again only when one of them changed:
/// <list type="number">
/// <item><b>parse</b>: each content file's record and findings, by (path, bytes, <c>raw_html</c>). An article is kept
/// as its public part, what other pages read (front matter, word count, embedded blocks); the HTML and headings of its
/// body are read by its own page alone, which derives them again from the source as it renders (<see cref="PageBody"/>),
/// so no build holds every body at once. A session of one build (<c>keepPages: false</c>) lets go of an article's bytes
/// once it is parsed, too (<see cref="InputFile.Release"/>): its page reads them from disk again, and a file changed
/// meanwhile fails the build (EX0750) instead of giving a page of other text.</item>
/// <item><b>theme</b>: templates and static files, by the theme's files.</item>
/// <item><b>model</b>: the <see cref="Site"/>, the template data (<see cref="Views"/>) and the data files (feeds, JSON,
/// CSV, cards), kept whole while every record other pages read is equal (<see cref="SamePublicPart"/>): an edit of an
/// article's body then changes its own page only. An edit of another record reads only the changed files into the
/// previous content (<see cref="PatchContent"/>), and the new model takes what the previous one derived from the
/// articles (<see cref="ArticleIndex"/>, <see cref="ArticleChecks"/>); views are built as pages ask.</item>
/// <item><b>pages</b>: each page's bytes, by the templates it included and the values of its data along the paths its
/// render read (<see cref="ReadTree"/>, <see cref="PageFingerprints"/>): a record edit renders only the pages that
/// read what it changed.</item>
/// </list>
/// <see cref="Update"/> runs the first three and returns a <see cref="SiteState"/>, whose pages render when they are asked
/// for (the preview server renders the page a browser asks for first) or all at once (<see cref="SiteState.Complete"/>);
/// either way every page is the bytes a full build writes. The caller names the files that changed (the watcher's change
/// set); without that list every file's bytes are compared. Not for concurrent updates.
/// </summary>
public sealed partial class BuildSession(bool keepPages = true, long stashLimit = BuildSession.StashLimit)
{
    private readonly Dictionary<string, InputFile> seen = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Parsed> parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageEntry> pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (InputFile Source, RawHtml RawHtml, RenderedMarkdown Body)> stash = new(StringComparer.Ordinal);
    private long stashed;

    /// <summary>The most body HTML, in bytes, that parsing keeps for the articles' own pages by default (<see cref="Stash"/>).</summary>
    public const long StashLimit = 64L << 20;
    private (BuildOptions Options, IReadOnlyList<Diagnostic> Read)? inputs;
    private (Theme Theme, IReadOnlyList<Diagnostic> Findings)? theme;
    private ModelStage? model;
    private SiteState? last;
    private readonly ReadTree.Interner trees = new();
    private readonly CardCache cards = new();
    private int paintedBefore;
    private int parsedCount;
    private int renderedCount;
    private int untracedCount;

    /// <summary>Content files the latest <see cref="Update"/> parsed (the others were kept).</summary>
    public int LastParsed => parsedCount;

    /// <summary>Pages rendered since the latest <see cref="Update"/> (the others were kept).</summary>
    public int LastRendered => renderedCount;

    /// <summary>Pages rendered since the latest <see cref="Update"/> whose render's reads could not be traced: each is kept
    /// against the whole of its data instead (<see cref="ReadTree.Of"/>).</summary>
    public int LastUntraced => untracedCount;

    /// <summary>Sharing cards painted since the latest <see cref="Update"/> (the others say what they said before).</summary>
    public int LastPaintedCards => cards.Painted - paintedBefore;

    /// <summary>True when the latest <see cref="Update"/> kept the site model: no record other pages read changed.</summary>
    public bool LastKeptModel { get; private set; }

    /// <summary>What each stage of the latest <see cref="Update"/> took, for the preview server's log.</summary>
    public string LastTimings { get; private set; } = "";

    /// <summary>Every file of the site, with every finding: the same as a full build of <paramref name="input"/>.</summary>
    public BuildResult Build(SiteInput input, IReadOnlyCollection<string>? changed = null, OutputSink? sink = null, CancellationToken cancel = default)
    {
        var state = Update(input, changed, cancel);
        return state.Succeeded ? state.Complete(sink, cancel) : new BuildResult([], state.Diagnostics, 0);
    }

    /// <summary>Reads, checks and models <paramref name="input"/>; <paramref name="changed"/> names the paths that may
    /// differ from the previous update's input (null: compare them all).</summary>
    public SiteState Update(SiteInput input, IReadOnlyCollection<string>? changed = null, CancellationToken cancel = default)
    {
        parsedCount = 0;
        renderedCount = 0;
        untracedCount = 0;
        paintedBefore = cards.Painted;
        LastKeptModel = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var timings = new List<string>();
        var paused = GC.GetTotalPauseDuration();
        void Lap(string stage)
        {
            // The collector's pauses inside a stage are part of its time, and said apart: they come from what all threads
            // allocated, not from this stage alone.
            var now = GC.GetTotalPauseDuration();
            var collecting = (int)(now - paused).TotalMilliseconds;
            timings.Add(collecting > 0 ? $"{stage} {clock.ElapsedMilliseconds} ms ({collecting} ms collecting)" : $"{stage} {clock.ElapsedMilliseconds} ms");
            paused = now;
            clock.Restart();
        }

        if (inputs is not { } before || before.Options != input.Options || !before.Read.SequenceEqual(input.ReadDiagnostics))
        {
            (changed, model) = (null, null);
        }

        var files = input.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var dirty = Dirty(files, changed);
        Lap("changes");
        if (dirty.Any(IsTheme))
        {
            theme = null;
        }

        var kept = model is { } previous ? KeepModel(previous, files, dirty) : null;
        var themeFindings = new DiagnosticBag();
        if (kept is not null)
        {
            LastKeptModel = true;
            theme ??= (Theme.Load(input, themeFindings), themeFindings.Items);
            Lap("parse and theme");
        }
        else
        {
            Theme loaded = null!;
            var contentFindings = new DiagnosticBag();
            var modelFindings = new DiagnosticBag();
            SiteContent content = null!;
            var earlier = model;
            Parallel.Invoke(
                () => loaded = theme?.Theme ?? Theme.Load(input, themeFindings),
                () => content = (earlier is null ? null : PatchContent(earlier, input, files, dirty, contentFindings))
                    ?? WithBaseUrl(ContentReader.Read(input, contentFindings, ReadFile), input.Options.BaseUrl, contentFindings));
            cancel.ThrowIfCancellationRequested();
            theme ??= (loaded, themeFindings.Items);
            Lap("parse and theme");
            var site = SiteModel.Build(content, input.Options.Drafts || input.Options.Preview, modelFindings, model?.Site);
            kept = new ModelStage(content, site, contentFindings.Items, modelFindings.Items);
            Lap("model");
        }

        cancel.ThrowIfCancellationRequested();
        var diagnostics = new Findings(input.Options.NoWarn.Concat(kept.Content.Config.IgnoreWarnings).ToList(), input.Options.WarningsAsErrors,
            [.. input.ReadDiagnostics, .. theme.Value.Findings, .. kept.ContentFindings, .. kept.ModelFindings]);
        foreach (var path in dirty)
        {
            if (files.TryGetValue(path, out var file))
            {
                seen[path] = file;
            }
            else
            {
                seen.Remove(path);
            }
        }

        inputs = (input.Options, input.ReadDiagnostics);
        var previousState = last;
        // Most saves change no finding: the sorted list of the previous state then stands.
        var sorted = previousState is not null && previousState.Findings.Items.SequenceEqual(diagnostics.Items)
            && previousState.Findings.Ignored.SequenceEqual(diagnostics.Ignored) && previousState.Findings.WarningsAsErrors == diagnostics.WarningsAsErrors
            ? previousState.Diagnostics : diagnostics.Bag().ToSortedList();
        if (sorted.Any(d => d.IsError))
        {
            (model, last) = (null, null);
            return new SiteState(diagnostics, sorted);
        }

        var renderer = model?.Renderer;
        model = kept = kept.With(theme.Value.Theme, input.Options, keepPages, keepPages ? cards : null);
        Lap("views");
        var rawHtml = kept.Site.Config.RawHtml;
        // What an article's page needs of its body, from this update's files and records alone: a page of a plan is made
        // when it is first asked for, maybe after later updates. The article is the content's record, the parse of the
        // file's bytes (KeepModel), so its body's outline is this body's.
        PageBody Body(Article article)
        {
            var file = files.GetValueOrDefault(article.Location.Path);
            return new PageBody(() => file is null ? RenderedMarkdown.Empty : ReadBody(file, rawHtml),
                () => keepPages && file is not null ? BodyKey(file.Bytes, rawHtml) : default, article.Body.Blocks,
                keepPages && file is not null ? article.Body : null);
        }

        // Same site, so the same views of its records (Views.WithAssets shares them): the previous plan stands but for the
        // pages of the changed articles, and with the same renderer too, so do the bytes of every other page. Nothing
        // here is as large as the site.
        PagePlan pages;
        var rendered = ImmutableDictionary.Create<string, byte[]>(StringComparer.Ordinal);
        if (LastKeptModel && previousState?.Model is { } planned && ReferenceEquals(planned.Site, kept.Site))
        {
            var replaced = dirty.Where(kept.Articles.ContainsKey).Select(path => kept.Articles[path])
                .Where(a => kept.Site.ArticleBySlug.TryGetValue(a.Slug, out var shown) && shown.Location.Path == a.Location.Path)
                .Select(a => PagePlanner.ArticlePage(kept.Site, kept.Views!, a, Body(a))).ToList();
            pages = previousState.Plan.WithArticlePages(replaced);
            if (ReferenceEquals(renderer, kept.Renderer))
            {
                rendered = previousState.RenderedPages.RemoveRange(replaced.Select(p => p.OutputPath));
            }
        }
        else
        {
            pages = PagePlanner.Plan(kept.Site, kept.Views!, Body);
        }

        model = kept = kept.WithDataFiles(pages);
        last = new SiteState(this, diagnostics, sorted, pages, kept, keepPages, rendered);
        Lap("plan");
        LastTimings = string.Join(", ", timings);
        return last;
    }

    /// <summary>The paths whose bytes may differ from the previous update's.</summary>
    private HashSet<string> Dirty(Dictionary<string, InputFile> files, IReadOnlyCollection<string>? changed)
    {
        if (changed is not null)
        {
            return changed.Where(p => files.ContainsKey(p) || seen.ContainsKey(p)).ToHashSet(StringComparer.Ordinal);
        }

        var dirty = seen.Keys.Where(p => !files.ContainsKey(p)).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, file) in files)
        {
            if (!seen.TryGetValue(path, out var before) || !SameBytes(before, file))
            {
                dirty.Add(path);
            }
        }

        return dirty;
    }

    /// <summary>The previous model, when only articles changed (or the theme) and each still reads the same to other
    /// pages; their new findings replace their old ones. Null when the model must be built again.</summary>
    private ModelStage? KeepModel(ModelStage previous, Dictionary<string, InputFile> files, HashSet<string> dirty)
    {
        var articles = dirty.Where(p => !IsTheme(p)).ToList();
        if (articles.Any(p => !files.ContainsKey(p) || !p.StartsWith(RecordKind.Article.Folder, StringComparison.Ordinal) || !previous.Articles.ContainsKey(p)))
        {
            return null;
        }

        var findings = new List<Diagnostic>();
        var parses = new List<Article>();
        foreach (var path in articles)
        {
            var file = files[path];
            var bag = new DiagnosticBag();
            var rawHtml = previous.Content.Config.RawHtml;
            if (ReadFile(file, rawHtml, bag, own => ContentReader.ReadArticle(file, rawHtml, own)) is not Article after
                || bag.HasErrors || !SamePublicPart(previous.Articles[path], after))
            {
                return null;
            }

            findings.AddRange(bag.Items);
            parses.Add(after);
        }

        // The site stays as it was; the content takes the new records, so that it always holds the parse of each file's
        // bytes (an article's page takes its body's outline from there, and the next model is built from it).
        var changed = articles.ToHashSet(StringComparer.Ordinal);
        return previous with
        {
            Content = previous.Content with { Articles = Replace(previous.Content.Articles, parses, a => a.Location)! },
            ContentFindings = [.. previous.ContentFindings.Where(d => !changed.Contains(d.Location.Path)), .. findings],
        };
    }

    /// <summary>The previous content with the records of the changed files read again, when each changed file is a record
    /// the previous content has and still reads as one: the other files need no reading, not even from the parse stage.
    /// Their findings replace those of the changed files. Null when the content must be read whole (a file added, removed
    /// or unreadable, <c>site.yml</c> or an asset changed).</summary>
    private SiteContent? PatchContent(ModelStage previous, SiteInput input, Dictionary<string, InputFile> files, HashSet<string> dirty,
        DiagnosticBag diagnostics)
    {
        var changed = dirty.Where(p => !IsTheme(p)).ToHashSet(StringComparer.Ordinal);
        if (changed.Count == 0 || changed.Contains(ConfigPath) || !changed.All(files.ContainsKey) || !files.TryGetValue(ConfigPath, out var config))
        {
            return null;
        }

        var findings = new DiagnosticBag();
        var read = ContentReader.Read(input with { Files = [config, .. changed.Select(p => files[p])] }, findings, ReadFile);
        var content = previous.Content;
        var count = read.Articles.Count + read.Companies.Count + read.Clouds.Count + read.Deals.Count + read.Sources.Count;
        if (count != changed.Count || read.Unreadable.Count > 0
            || Replace(content.Articles, read.Articles, a => a.Location) is not { } articles
            || Replace(content.Companies, read.Companies, c => c.Location) is not { } companies
            || Replace(content.Clouds, read.Clouds, c => c.Location) is not { } clouds
            || Replace(content.Deals, read.Deals, d => d.Location) is not { } deals
            || Replace(content.Sources, read.Sources, s => s.Location) is not { } sources)
        {
            return null;
        }

        diagnostics.AddRange(previous.ContentFindings.Where(d => !changed.Contains(d.Location.Path)));
        diagnostics.AddRange(findings.Items.Where(d => changed.Contains(d.Location.Path)));
        return content with { Articles = articles, Companies = companies, Clouds = clouds, Deals = deals, Sources = sources };
    }

    /// <summary><paramref name="list"/> with each of <paramref name="records"/> in place of the record of the same file (so
    /// in the same place: lists are in the order of their slugs, which are the files' names); null when one has none.</summary>
    private static IReadOnlyList<T>? Replace<T>(IReadOnlyList<T> list, IReadOnlyList<T> records, Func<T, SourceLocation> location)
    {
        if (records.Count == 0)
        {
            return list;
        }

        var result = list.ToList();
        foreach (var record in records)
        {
            var index = result.FindIndex(r => location(r).Path == location(record).Path);
            if (index < 0)
            {
                return null;
            }

            result[index] = record;
        }

        return result;
    }

    /// <summary>The parse stage: a file whose bytes (and the site's <c>raw_html</c>) are those of its last parse is not
    /// parsed again; its record and findings are those of that parse. An article is kept without its body's HTML.</summary>
    private object? ReadFile(InputFile file, RawHtml rawHtml, DiagnosticBag diagnostics, Func<DiagnosticBag, object?> read)
    {
        if (parsed.TryGetValue(file.Path, out var entry) && entry.RawHtml == rawHtml && SameBytes(entry.File, file))
        {
            diagnostics.AddRange(entry.Findings);
            return entry.Record;
        }

        var own = new DiagnosticBag();
        var record = read(own) switch
        {
            // The preview keeps the headings (the outline of the page's data, PageBody); one build has no use for them.
            Article article => Stash(file, rawHtml, article) with { Body = article.Body with { Html = [], Headings = keepPages ? article.Body.Headings : [] } },
            var other => other,
        };
        var findings = own.Items;
        diagnostics.AddRange(findings);
        parsed[file.Path] = new Parsed(file, rawHtml, record, findings);
        if (!keepPages && record is Article)
        {
            file.Release();
        }

        Interlocked.Increment(ref parsedCount);
        return record;
    }

    /// <summary>Keeps the body parsing just rendered for the article's own page, while the bodies kept come to at most
    /// <c>stashLimit</c> bytes of HTML (<see cref="StashLimit"/> by default): a page then takes its body from here (<see cref="ReadBody"/>) instead of
    /// rendering it again, and a site with more body text than that holds no more of it, so memory stays flat in the
    /// body text.</summary>
    private Article Stash(InputFile file, RawHtml rawHtml, Article article)
    {
        if (stash.TryRemove(file.Path, out var old))
        {
            Interlocked.Add(ref stashed, -old.Body.Html.Length);
        }

        var size = article.Body.Html.Length;
        if (Interlocked.Add(ref stashed, size) > stashLimit || !stash.TryAdd(file.Path, (file, rawHtml, article.Body)))
        {
            Interlocked.Add(ref stashed, -size);
        }

        return article;
    }

    /// <summary>The private part of an article: its body, kept from its parse (once) or derived again from its source
    /// (its findings were reported when it was parsed).</summary>
    private RenderedMarkdown ReadBody(InputFile file, RawHtml rawHtml)
    {
        if (stash.TryRemove(file.Path, out var kept))
        {
            Interlocked.Add(ref stashed, -kept.Body.Html.Length);
            if (kept.RawHtml == rawHtml && SameBytes(kept.Source, file))
            {
                return kept.Body;
            }
        }

        return ContentReader.ReadArticle(file, rawHtml, new DiagnosticBag())?.Body ?? RenderedMarkdown.Empty;
    }

    /// <summary>Everything the rest of the site reads from an article is equal: every field but the body, the reading
    /// minutes the body makes, and its embedded blocks (where they are, what they show).</summary>
    internal static bool SamePublicPart(Article a, Article b) =>
        Strip(a) == Strip(b)
        && a.Companies.SequenceEqual(b.Companies) && a.Deals.SequenceEqual(b.Deals) && a.Sources.SequenceEqual(b.Sources)
        && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal) && a.TagLocations.SequenceEqual(b.TagLocations)
        && Views.ReadingMinutes(a.Body.WordCount) == Views.ReadingMinutes(b.Body.WordCount)
        && a.Body.Blocks.Count == b.Body.Blocks.Count
        && a.Body.Blocks.Zip(b.Body.Blocks).All(p => p.First.Kind == p.Second.Kind && p.First.Location == p.Second.Location
            && p.First.Index == p.Second.Index && p.First.Arguments.SequenceEqual(p.Second.Arguments, StringComparer.Ordinal));

    private static Article Strip(Article a) => a with
    {
        Companies = [], Deals = [], Sources = [], Tags = [], TagLocations = [], Body = RenderedMarkdown.Empty,
    };

    /// <summary>The page stage: the page's bytes from the previous render when the templates it included are the same and
    /// its data has the same values along the paths that render read (<see cref="ReadTree"/>).</summary>
    internal (byte[]? Bytes, Diagnostic? Error) RenderPage(PageRenderer renderer, Page page, CancellationToken cancel)
    {
        var fingerprints = renderer.Fingerprints;
        if (pages.TryGetValue(page.OutputPath, out var entry) && entry.Templates == TemplatesHash(entry.Included, fingerprints.Templates)
            && fingerprints.Of(page, entry.Reads) == entry.Data)
        {
            page.Release();
            return (entry.Bytes, null);
        }

        var log = new ReadLog();
        var bytes = renderer.RenderBytes(page, cancel, out var error, out var included, log, out var roots);
        if (bytes is null)
        {
            page.Release();
            return (null, error);
        }

        Interlocked.Increment(ref renderedCount);
        var reads = ReadTree.Of(log, roots, trees);
        if (reads is null)
        {
            Interlocked.Increment(ref untracedCount);
        }

        if (fingerprints.Of(page, reads) is { } computed)
        {
            var paths = included.Order(StringComparer.Ordinal).ToArray();
            pages[page.OutputPath] = new PageEntry(computed, reads, paths, TemplatesHash(paths, fingerprints.Templates), bytes);
        }

        page.Release();
        return (bytes, null);
    }

    /// <summary>Forgets the pages a site no longer has.</summary>
    internal void RetainPages(IReadOnlyList<Page> present)
    {
        var paths = present.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var path in pages.Keys.Where(p => !paths.Contains(p)))
        {
            pages.TryRemove(path, out _);
        }
    }

    private static UInt128 TemplatesHash(string[] paths, IReadOnlyDictionary<string, UInt128> templates)
    {
        var hash = new XxHash128();
        foreach (var path in paths)
        {
            ViewHasher.Append(hash, path);
            ViewHasher.Append(hash, templates.TryGetValue(path, out var text) ? text : UInt128.MaxValue);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static UInt128 BodyKey(byte[] bytes, RawHtml rawHtml)
    {
        var hash = new XxHash128();
        hash.Append(bytes);
        ViewHasher.Append(hash, rawHtml.ToString());
        return hash.GetCurrentHashAsUInt128();
    }

    private static bool SameBytes(InputFile a, InputFile b) => ReferenceEquals(a, b) || a.Bytes.AsSpan().SequenceEqual(b.Bytes);

    private const string ConfigPath = "input/site.yml";

    private static bool IsTheme(string path) => path.StartsWith("theme/", StringComparison.Ordinal);

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

    /// <summary>Findings as reported, and how the build options and <c>site.yml</c> filter them.</summary>
    internal sealed record Findings(IReadOnlyList<string> Ignored, bool WarningsAsErrors, IReadOnlyList<Diagnostic> Items)
    {
        public DiagnosticBag Bag(IEnumerable<Diagnostic>? more = null)
        {
            var bag = new DiagnosticBag();
            bag.Apply(Ignored, WarningsAsErrors);
            bag.AddRange(Items);
            bag.AddRange(more ?? []);
            return bag;
        }
    }

    /// <summary>A value made once, on first use, by a maker that can be cancelled (then nothing is kept).</summary>
    internal sealed class Once<T>(Func<CancellationToken, T> make) where T : class
    {
        private T? value;

        public T Get(CancellationToken cancel) => Volatile.Read(ref value) ?? Interlocked.CompareExchange(ref value, make(cancel), null) ?? value!;
    }

    private sealed record Parsed(InputFile File, RawHtml RawHtml, object? Record, IReadOnlyList<Diagnostic> Findings);

    private sealed record PageEntry(UInt128 Data, ReadTree? Reads, string[] Included, UInt128 Templates, byte[] Bytes);
}
