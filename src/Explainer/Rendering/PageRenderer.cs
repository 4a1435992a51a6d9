using System.Collections.Concurrent;
using System.Text;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Output;
using Scriban;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>
/// Renders pages in parallel: the page's layout, its embedded data blocks, then <c>layouts/base.html</c>
/// around it. A new context for every page (Scriban's include cache survives Reset), strict variables and
/// members, escaping by default, no silent truncation, and a time limit per page.
/// </summary>
public sealed class PageRenderer(Site site, Views views, Theme theme, bool preview, TimeSpan timeout)
{
    internal Views Views => views;

    internal bool Preview => preview;

    private const string BaseLayout = "theme/layouts/base.html";
    private readonly ThemeLoader loader = new(theme.Texts);
    private static readonly (string Group, string Name)[] NonDeterministic = [("math", "random"), ("date", "now"), ("date", "utc_now")];
    private static readonly ScriptObject Builtins = FrozenBuiltins();
    private static readonly RawInclude Include = new((IScriptCustomFunction)Builtins["include"]!);
    private readonly ConcurrentDictionary<CachedInclude.Key, CachedInclude.Entry> partials = new();
    private CachedInclude? cachedInclude;
    private PageFingerprints? fingerprints;

    /// <summary>Renders every page. With <paramref name="cached"/>, each page's bytes come from it (a page cache that
    /// renders with <see cref="RenderBytes"/> only what it does not hold); without, each page streams from the render
    /// buffer into <paramref name="output"/>. When <paramref name="cancel"/> fires, pages stop where they are and the
    /// rest are not started; the caller sees the token and discards the build.</summary>
    public void RenderAll(IReadOnlyList<Page> pages, OutputSet output, DiagnosticBag diagnostics,
        Func<Page, CancellationToken, (byte[]? Bytes, Diagnostic? Error)>? cached = null, CancellationToken cancel = default)
    {
        if (!CheckLayouts(pages, diagnostics))
        {
            return;
        }

        var firstFailure = new ConcurrentDictionary<(string, SourceLocation), Diagnostic>();
        // A page over the time limit stops the others: the same slow template is usually on every page, and the
        // build fails anyway (38 pages of a slow base layout took minutes before).
        using var rest = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        try
        {
            // One page per core: rendering is CPU-bound, and a thread pool grown large by other work would otherwise start
            // many pages at once, each of which runs on to its own time limit before the first one's is noticed.
            Parallel.ForEach(pages, new ParallelOptions { CancellationToken = rest.Token, MaxDegreeOfParallelism = Environment.ProcessorCount },
                page => RenderOne(page));
        }
        catch (OperationCanceledException) when (rest.IsCancellationRequested)
        {
            // Stopped by the caller (it sees its token) or by a page's time limit (reported below).
        }

        foreach (var error in firstFailure.Values)
        {
            diagnostics.Add(error);
        }

        void RenderOne(Page page)
        {
            Diagnostic? error;
            if (cached is not null)
            {
                (var bytes, error) = cached(page, rest.Token);
                if (bytes is not null)
                {
                    CheckSize(page, bytes.Length, diagnostics);
                    output.Add(page.OutputPath, bytes, page.Origin);
                    return;
                }
            }
            else
            {
                using var html = new Utf8Output();
                var rendered = Render(page, html, rest.Token, out error, out _, null, out _);
                page.Release();
                if (rendered)
                {
                    CheckSize(page, html.Bytes.Length, diagnostics);
                    // Straight from the render buffer: a page that goes to a sink is never copied into an array of its own.
                    output.Add(page.OutputPath, html.Bytes, page.Origin);
                    return;
                }
            }

            if (error is not null)
            {
                firstFailure.TryAdd((error.Code, error.Location), error);
            }

            if (error?.Code == Codes.TemplateTimeout)
            {
                rest.Cancel();
            }
        }
    }

    /// <summary>The largest page a build writes without a warning, in bytes of HTML (1 MB): a page over it is slow to
    /// load on a phone, and a list that grows with the site is usually the cause.</summary>
    public const int PageSizeLimit = 1_000_000;

    /// <summary>Warns (EX0740) about a page over <see cref="PageSizeLimit"/>, naming its URL and the file it comes from.</summary>
    private static void CheckSize(Page page, int length, DiagnosticBag diagnostics)
    {
        if (length <= PageSizeLimit)
        {
            return;
        }

        var kind = page.Kind;
        var hint = kind == PageKind.Article
            ? "shorten the article, or split it into several articles (a large embedded matrix or timeline counts too)"
            : kind == PageKind.Company || kind == PageKind.Deal || kind == PageKind.Matrix || kind == PageKind.MatrixAsOf
            ? $"the matrix on this page grows with the number of labs and clouds; its other lists show at most {Pagination.Preview} items"
            : kind == PageKind.Source
            ? $"its claims list at most {Pagination.Preview} citers each: shorten the claims, or split the source into several"
            : $"lists show {Pagination.PageSize} items a page: shorten the titles and summaries of the records it lists, or split the list";
        diagnostics.Warning(Codes.PageTooLarge, SourceLocation.File(page.Origin),
            string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the page {page.Url} is {length:N0} bytes of HTML, over the limit of {PageSizeLimit:N0} bytes"),
            hint, page.Url);
    }

    /// <summary>Everything a page's render reads, hashed (see <see cref="PageFingerprints"/>), for a page cache.</summary>
    internal PageFingerprints Fingerprints => LazyInitializer.EnsureInitialized(ref fingerprints, () => new PageFingerprints(this, theme));

    /// <summary>True when the page cache renders with this renderer: cached partials then log what they read, for the
    /// logs of the pages that include them (<see cref="ReadLog.Replay"/>).</summary>
    internal bool LogsReads { get; init; }

    /// <summary>One page as UTF-8, with the templates its render included; null with the error that stopped it, or
    /// with no error when <paramref name="cancel"/> stopped it. With a <paramref name="log"/>, what the layouts read
    /// from the data goes into it, and <paramref name="roots"/> are the values it read them from (<see cref="Roots"/>).
    /// The caller lets go of the page's data.</summary>
    internal byte[]? RenderBytes(Page page, CancellationToken cancel, out Diagnostic? error, out IReadOnlyCollection<string> included,
        ReadLog? log, out IReadOnlyList<(string Name, object? Value)> roots)
    {
        using var html = new Utf8Output();
        var rendered = Render(page, html, cancel, out error, out included, log, out roots);
        return rendered ? html.ToArray() : null;
    }

    /// <summary>Renders one page into <paramref name="html"/>; false with the error that stopped it, or with no error
    /// when <paramref name="cancel"/> stopped it.</summary>
    private bool Render(Page page, Utf8Output html, CancellationToken cancel, out Diagnostic? error, out IReadOnlyCollection<string> included,
        ReadLog? log, out IReadOnlyList<(string Name, object? Value)> roots)
    {
        error = null;
        roots = [];
        var templatePath = $"theme/layouts/{page.Layout}.html";
        using var limit = new CancellationTokenSource(timeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancel);
        var context = NewContext(stop.Token);
        included = context.Included;
        context.Included.Add(templatePath);
        context.Included.Add(BaseLayout);
        var globals = (ScriptObject)context.CurrentGlobal!;
        using var content = new Utf8Output();
        try
        {
            // The data is made before the log starts: what making it reads is not the templates' reading.
            var values = Roots(page).ToList();
            using var reads = ReadLog.Use(log);
            globals["canonical"] = Canonical(page.Url);
            globals["og_image"] = OgImage(page);
            globals["page"] = page.Data;
            if (page.Body is { } body)
            {
                globals["page"] = WithBody(page.Data, FillBlocks(body.Value, context, globals, values));
                values.Add(("page", globals["page"]));
            }

            roots = values;
            RenderInto(theme.Templates[templatePath], context, content);
            templatePath = BaseLayout;
            globals["content"] = new RenderedHtml(content);
            RenderInto(theme.Templates[BaseLayout], context, html);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            error = cancel.IsCancellationRequested && !limit.IsCancellationRequested ? null : TemplateErrors.FromException(templatePath, page.Url, e);
            return false;
        }
    }

    private static void RenderInto(Template template, TemplateContext context, Utf8Output output)
    {
        context.PushOutput(output);
        try
        {
            template.Render(context);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private Utf8Html FillBlocks(RenderedMarkdown body, TemplateContext context, ScriptObject globals, IReadOnlyList<(string Name, object? Value)> roots)
    {
        if (body.Blocks.Count == 0)
        {
            return new Utf8Html(body.Html);
        }

        var html = new StringBuilder(Encoding.UTF8.GetString(body.Html));
        foreach (var block in body.Blocks)
        {
            globals["block"] = roots.Single(r => r.Name == BlockRoot(block)).Value;
            var partial = $"theme/partials/block-{block.Kind}.html";
            ((HtmlTemplateContext)context).Included.Add(partial);
            var rendered = theme.Templates[partial].Render(context);
            html.Replace(block.Placeholder, rendered);
        }

        globals.Remove("block");
        return new Utf8Html(Encoding.UTF8.GetBytes(html.ToString()));
    }

    /// <summary>The values a page's render reads its data from, by name: <c>site</c>, <c>page</c> and, for each embedded
    /// block, its <c>block</c> (<see cref="BlockRoot"/>); a trace of the render's reads starts from them, and the page
    /// cache compares them along it (<see cref="PageFingerprints"/>).</summary>
    internal IEnumerable<(string Name, object? Value)> Roots(Page page) =>
        [("site", views.Site), ("page", page.Data), .. page.Body?.Blocks.Select(b => (BlockRoot(b), (object?)BlockData(b))) ?? []];

    private static string BlockRoot(EmbeddedBlock block) => $"block {block.Index}";

    internal ScriptObject BlockData(EmbeddedBlock block)
    {
        var slug = block.Arguments.Count > 0 ? block.Arguments[0] : null;
        return block.Kind switch
        {
            "compare" => Views.Object(("kind", "compare"), ("id", $"block-{block.Index + 1}"), ("deal", views.Deal(slug!)),
                ("matrix", views.Matrix(site.Matrix.ForDeal(site.DealBySlug[slug!])))),
            "company" => Views.Object(("kind", "company"), ("company", views.Company(slug!))),
            "timeline" => Views.Object(("kind", "timeline"), ("id", $"block-{block.Index + 1}"), ("timeline", views.Timeline)),
            _ => Views.Object(("kind", "matrix"), ("id", $"block-{block.Index + 1}"), ("lab", slug is null ? null : views.Company(slug)),
                ("matrix", slug is not null ? views.Matrix(site.Matrix.ForLab(site.CompanyBySlug[slug]))
                    : site.Matrix.FitsOnePage ? views.Matrix(site.Matrix) : null)),
        };
    }

    private static ScriptObject WithBody(ScriptObject data, Utf8Html body)
    {
        var copy = new ViewObject(data.Count + 1);
        foreach (var (key, value) in data)
        {
            copy[key] = value;
        }

        copy["body"] = body;
        copy.IsReadOnly = true;
        return copy;
    }

    internal string Canonical(string url) =>
        site.Config.BaseUrl == "/" ? url : site.Config.BaseUrl.TrimEnd('/') + url;

    /// <summary>The page's sharing card as an absolute URL (social sites need one), or null when the theme has no cards.</summary>
    internal string? OgImage(Page page) =>
        theme.CardFonts is null ? null : Canonical(page.Card ?? Cards.SiteCards.SiteCardUrl);

    private HtmlTemplateContext NewContext(CancellationToken token)
    {
        var context = new HtmlTemplateContext(Builtins)
        {
            TemplateLoader = loader,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            EnableRelaxedFunctionAccess = false,
            LoopLimit = 10_000_000,
            RecursiveLimit = 64,
            OutputLimit = int.MaxValue,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            CancellationToken = token,
        };
        foreach (var (path, template) in theme.Templates)
        {
            context.CachedTemplates[path] = template;
        }

        var globals = new ScriptObject
        {
            ["include"] = Include,
            ["include_cached"] = cachedInclude ??= new CachedInclude(NewContext, partials, LogsReads),
            ["site"] = views.Site,
            ["preview"] = preview,
        };
        context.PushGlobal(globals);
        return context;
    }

    /// <summary>Scriban copies its builtin functions into every new context so that a template cannot change them
    /// for the next one; that copy was a tenth of the render time. One read-only set is shared by every page instead
    /// (a template that assigns to <c>string.x</c> gets an error, on every page alike).</summary>
    private static ScriptObject FrozenBuiltins()
    {
        var builtins = new Scriban.Functions.BuiltinFunctions();
        // Output is the same bytes for the same input: no clock, no randomness (a template that asks gets an error).
        foreach (var (group, name) in NonDeterministic)
        {
            ((ScriptObject)builtins[group]!).Remove(name);
        }

        foreach (var (_, value) in builtins)
        {
            if (value is ScriptObject functions)
            {
                functions.IsReadOnly = true;
            }
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    private bool CheckLayouts(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var needed = pages.Select(p => $"theme/layouts/{p.Layout}.html")
            .Append(BaseLayout)
            .Concat(EmbeddedBlock.Kinds.Select(k => $"theme/partials/block-{k}.html"))
            .Distinct()
            .Order(StringComparer.Ordinal);
        var ok = true;
        foreach (var path in needed.Where(p => !theme.Templates.ContainsKey(p)))
        {
            diagnostics.Error(Codes.TemplateMissing, SourceLocation.File(path), "the theme has no such template, and the site needs it",
                "create the file, or build with the default theme (omit --theme)");
            ok = false;
        }

        return ok && !theme.Templates.Values.Any(t => t.HasErrors);
    }
}
