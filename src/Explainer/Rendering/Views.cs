using System.Collections.Concurrent;
using System.Globalization;
using Explainer.Model;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>
/// The data templates see, built by hand as read-only <see cref="ScriptObject"/>s (no reflection, so
/// Native AOT renders the same bytes). Each record's view is built when a page first asks for it and then shared by
/// every page: a new site costs nothing here until its pages render, and a preview that renders a few pages builds the
/// views of those only. Thread-safe: pages render in parallel (two threads may build one view at once; one is kept,
/// and both are the same data). The README lists every member.
/// </summary>
public sealed class Views
{
    private readonly Site site;
    private readonly ConcurrentDictionary<string, ScriptObject> companies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ScriptObject> sources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ScriptObject> deals = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ScriptObject> clouds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ScriptObject> cards = new(StringComparer.Ordinal);

    // A large site's matrix has labs x clouds cells and appears on many pages (home, matrix, every lab and
    // cloud operator): cell and row views are built once and shared, as the record views are.
    private readonly ConcurrentDictionary<string, ScriptObject> cites = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ScriptObject> unknownCells = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<MatrixCell, ScriptObject> knownCells = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, ScriptObject> fullRows = new(StringComparer.Ordinal);
    private readonly Lazy<ScriptObject> fullMatrix;
    private readonly Lazy<ScriptObject> timeline;
    private readonly Lazy<ScriptArray> allCards;

    public Views(Site site, IReadOnlyDictionary<string, string> assetUrls)
    {
        this.site = site;
        Site = SiteView(assetUrls);
        allCards = new(() => Array(site.Articles.Select(a => Card(a.Slug))));
        fullMatrix = new(() => MatrixView(site.Matrix));
        timeline = new(() => TimelineView.Build(site, this));
    }

    /// <summary>The same template data with other asset URLs (an edited stylesheet has a new one): every record's view is
    /// shared, and only <see cref="Site"/> is new.</summary>
    public Views WithAssets(IReadOnlyDictionary<string, string> assetUrls) => new(this, assetUrls);

    private Views(Views other, IReadOnlyDictionary<string, string> assetUrls)
    {
        site = other.site;
        (companies, sources, deals, clouds, cards) = (other.companies, other.sources, other.deals, other.clouds, other.cards);
        (cites, unknownCells, knownCells, fullRows) = (other.cites, other.unknownCells, other.knownCells, other.fullRows);
        (fullMatrix, timeline, allCards) = (other.fullMatrix, other.timeline, other.allCards);
        Site = SiteView(assetUrls);
    }

    /// <summary>The deals in date order by lab, drawn and listed: the timeline page and every <c>::: timeline</c> block.</summary>
    public ScriptObject Timeline => timeline.Value;

    public ScriptObject Site { get; }

    /// <summary>Every article's card, newest first (the home page's list).</summary>
    public ScriptArray AllCards => allCards.Value;

    /// <summary>Throws <see cref="KeyNotFoundException"/> for a slug the site does not have, as every record view does.</summary>
    public ScriptObject Company(string slug) =>
        companies.GetOrAdd(slug, static (slug, views) => views.CompanyView(views.site.CompanyBySlug[slug]), this);

    public ScriptObject Cloud(string slug) =>
        clouds.GetOrAdd(slug, static (slug, views) => views.CloudView(views.site.CloudBySlug[slug]), this);

    public ScriptObject Deal(string slug) =>
        deals.GetOrAdd(slug, static (slug, views) => views.DealView(views.site.DealBySlug[slug]), this);

    public ScriptObject Source(string id) =>
        sources.GetOrAdd(id, static (id, views) => SourceView(views.site.SourceById[id], views.site), this);

    public ScriptObject Card(string slug) =>
        cards.GetOrAdd(slug, static (slug, views) => views.CardView(views.site.ArticleBySlug[slug]), this);

    public ScriptArray Cards(IEnumerable<Article> articles) => Array(articles.Select(a => Card(a.Slug)));

    public ScriptArray Companies(IEnumerable<Company> list) => Array(list.Select(c => Company(c.Slug)));

    public ScriptArray Deals(IEnumerable<Deal> list) => Array(list.Select(d => Deal(d.Slug)));

    public ScriptArray Sources(IEnumerable<Ref> refs) => Array(refs.Select(r => Source(r.Slug)));

    /// <summary>Thread-safe: embedded blocks ask for matrices while pages render in parallel.</summary>
    public ScriptObject Matrix(Matrix matrix) => ReferenceEquals(matrix, site.Matrix) ? fullMatrix.Value : MatrixView(matrix);

    private ScriptObject MatrixView(Matrix matrix)
    {
        var rows = matrix.Labs.Select(lab => Row(matrix, lab));
        return Object(
            ("labs", Companies(matrix.Labs)),
            ("clouds", Array(matrix.Clouds.Select(c => Cloud(c.Slug)))),
            ("rows", Array(rows)),
            ("levels", Array(AccessLevels.Names.Select(n => (object?)n))),
            ("is_empty", matrix.Labs.Count == 0 || matrix.Clouds.Count == 0),
            ("others", matrix.Others is { } others ? Object(
                ("count", others.Count),
                ("labs", Companies(others.Labs)),
                ("clouds", Array(others.Clouds.Select(c => Cloud(c.Slug))))) : null));
    }

    /// <summary><c>/matrix/</c> when the matrix is too large for one page: its parts, each with its labs by name and
    /// their number of known cells, and the labs no deal covers.</summary>
    public ScriptObject MatrixIndex(IReadOnlyList<MatrixPart> parts)
    {
        var full = site.Matrix;
        var named = full.Labs.Count <= MatrixIndexNames;
        ScriptObject LabEntry(Company lab) => Object(("lab", Company(lab.Slug)), ("known", full.KnownOf(lab).Count));
        var uncovered = full.Labs.Where(l => full.KnownOf(l).Count == 0).ToList();
        return Object(
            ("lab_count", full.Labs.Count),
            ("cloud_count", full.Clouds.Count),
            ("known_count", full.KnownCount),
            ("page_cells", Model.Matrix.PageCells),
            ("parts", Array(parts.Select(p => Object(
                ("link", MatrixPartLink(p, parts.Count)),
                ("labs", named ? Array(p.Labs.Distinct().Select(LabEntry)) : null))))),
            ("uncovered_count", uncovered.Count),
            ("uncovered", named ? Array(uncovered.OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Slug, StringComparer.Ordinal).Select(LabEntry)) : null));
    }

    /// <summary>Up to this many labs, <c>/matrix/</c>'s index names every one (under 100 bytes each); beyond, it lists
    /// the parts by their first and last lab, so the page stays far under 1 MB.</summary>
    public const int MatrixIndexNames = 5_000;

    public ScriptObject MatrixPartLink(MatrixPart part, int count) => Object(
        ("number", part.Number),
        ("count", count),
        ("url", part.Url),
        ("first", Company(part.Labs[0].Slug)),
        ("last", Company(part.Labs[^1].Slug)),
        ("lab_count", part.Matrix.Labs.Count),
        ("cloud_count", part.Matrix.Clouds.Count));

    /// <summary>A lab's row over every cloud is the same on the home page, the matrix page and the lab's page.</summary>
    private ScriptObject Row(Matrix matrix, Company lab)
    {
        ScriptObject Build() => Object(
            ("lab", Company(lab.Slug)),
            ("cells", Array(matrix.Clouds.Select(cloud => Cell(matrix.Cell(lab, cloud))))));
        return matrix.HasAllCellsOf(site.Matrix) ? fullRows.GetOrAdd(lab.Slug, _ => Build()) : Build();
    }

    private ScriptObject Cell(MatrixCell cell) =>
        cell.IsKnown ? knownCells.GetOrAdd(cell, CellView) : unknownCells.GetOrAdd(cell.Cloud.Slug, _ => CellView(cell));

    public static int ReadingMinutes(int words) => Math.Max(1, (words + 199) / 200);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DisplayDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortDate(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string MonthDisplay(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static ScriptObject Object(params (string Key, object? Value)[] members)
    {
        var result = new ViewObject(members.Length);
        foreach (var (key, value) in members)
        {
            result[key] = value;
        }

        result.IsReadOnly = true;
        return result;
    }

    public static ScriptArray Array(IEnumerable<object?> items)
    {
        var result = new ScriptArray(items);
        result.IsReadOnly = true;
        return result;
    }

    private ScriptObject SiteView(IReadOnlyDictionary<string, string> assetUrls)
    {
        var config = site.Config;
        var assets = new ViewObject();
        foreach (var (name, url) in assetUrls.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            assets[name] = url;
        }

        assets.IsReadOnly = true;
        return Object(
            ("title", config.Title),
            ("description", config.Description),
            ("base_url", config.BaseUrl),
            ("language", config.Language),
            ("nav", Array(config.Navigation.Select(n => Object(("title", n.Title), ("url", n.Url))))),
            ("assets", assets),
            ("article_count", site.Articles.Count),
            ("company_count", site.Companies.Count),
            ("deal_count", site.Deals.Count),
            ("source_count", site.Sources.Count),
            ("tags", Array(site.Tags.Select(t => (object?)t))),
            ("license", config.License is { } license ? Object(("name", license), ("url", config.LicenseUrl), ("cite_as", config.CiteAs)) : null),
            ("noindex", site.IncludesDrafts));
    }

    private static ScriptObject SourceView(Source source, Site site) => Object(
        ("id", source.Id),
        ("title", source.Title),
        ("publisher", source.Publisher),
        ("author", source.Author),
        ("published", source.Published is { } p ? Date(p) : null),
        ("published_display", source.Published is { } d ? DisplayDate(d) : null),
        ("updated", source.Updated is { } u ? Date(u) : null),
        ("updated_display", source.Updated is { } v ? DisplayDate(v) : null),
        ("external_url", source.Url),
        ("url", source.PageUrl),
        ("claims", Array(source.Claims.Select(c => Object(
            ("id", c.Id),
            ("anchor", c.Anchor),
            ("text", c.Text),
            // A claim half the site cites would list half the site: its page names the first few and counts the rest.
            ("cited_by", Array(site.Lookup(site.CitationsByClaim, $"{source.Id}#{c.Id}").Take(Pagination.Preview).Select(x =>
                Object(("kind", x.Kind), ("title", x.Title), ("url", x.Url))))),
            ("cited_by_count", site.Lookup(site.CitationsByClaim, $"{source.Id}#{c.Id}").Count))))));

    /// <summary>A citation as readers see it: the publisher, linked to the claim on the source's page.</summary>
    private ScriptObject CiteView(Cite cite) => cites.GetOrAdd(cite.ToString(), _ =>
    {
        var source = site.SourceById[cite.Source.Slug];
        var claim = cite.Claim is { } id ? source.ClaimById(id) : null;
        return Object(
            ("publisher", source.Publisher),
            ("title", source.Title),
            ("published", source.Published is { } p ? Date(p) : null),
            ("url", claim is null ? source.PageUrl : $"{source.PageUrl}#{claim.Anchor}"),
            ("claim", claim?.Text));
    });

    /// <summary>A list of citations with what readers need to judge it: how many publishers stand behind it.
    /// A source cited for several claims is listed once (linked to the first); two reports of one publisher
    /// are told apart by their dates.</summary>
    private ScriptObject Citations(IReadOnlyList<Cite> list)
    {
        var distinct = list.DistinctBy(c => c.Source.Slug, StringComparer.Ordinal).ToList();
        var publishers = distinct.Select(c => site.SourceById[c.Source.Slug].Publisher).ToList();
        var items = distinct.Select(c =>
        {
            var source = site.SourceById[c.Source.Slug];
            var view = CiteView(c);
            var shared = publishers.Count(p => p == source.Publisher) > 1;
            var label = !shared ? source.Publisher
                : source.Published is { } date ? $"{source.Publisher}, {ShortDate(date)}" : $"{source.Publisher}, undated";
            return Object(("publisher", source.Publisher), ("label", label), ("title", view["title"]), ("url", view["url"]), ("claim", view["claim"]));
        });
        return Object(
            ("items", Array(items)),
            ("publishers", publishers.Distinct(StringComparer.Ordinal).Count()),
            ("single_source", publishers.Distinct(StringComparer.Ordinal).Count() == 1),
            ("none", list.Count == 0));
    }

    private ScriptObject CompanyView(Company company) => Object(
        ("slug", company.Slug),
        ("name", company.Name),
        ("roles", Array(company.Roles.Select(r => (object?)r))),
        ("summary", company.Summary),
        ("website", company.Website),
        ("updated", company.Updated is { } u ? Date(u) : null),
        ("updated_display", company.Updated is { } v ? DisplayDate(v) : null),
        ("url", company.Url),
        ("is_lab", company.IsLab),
        ("is_cloud", company.IsCloud),
        ("sources", Sources(company.Sources)));

    private ScriptObject CloudView(Cloud cloud) => Object(
        ("slug", cloud.Slug),
        ("name", cloud.Name),
        ("operator", Company(cloud.Operator.Slug)));

    private ScriptObject DealView(Deal deal) => Object(
        ("slug", deal.Slug),
        ("title", deal.Title),
        ("url", deal.Url),
        ("announced", deal.Announced is { } a ? (deal.AnnouncedMonthOnly ? Month(a) : Date(a)) : null),
        ("announced_display", deal.Announced is { } d ? (deal.AnnouncedMonthOnly ? MonthDisplay(d) : DisplayDate(d)) : null),
        ("announced_sources", Citations(deal.AnnouncedSources)),
        ("updated", deal.Updated is { } u ? Date(u) : null),
        ("updated_display", deal.Updated is { } v ? DisplayDate(v) : null),
        ("kind", deal.Kind),
        ("summary", deal.Summary),
        ("figures", Array(deal.Figures.GroupBy(f => f.Label, StringComparer.Ordinal).Select(g => Object(
            ("label", g.Key),
            ("disputed", g.Count() > 1),
            ("values", Array(g.Select(f => Object(("id", f.Id), ("display", f.Display), ("sources", Citations(f.Sources)))))))))),
        ("parties", Array(deal.Parties.Select(p => Company(p.Slug)))),
        ("sources", Sources(deal.Sources)),
        ("terms", Array(deal.Terms.Select(TermView))),
        ("access", Array(deal.Access.Select(AccessView))),
        ("change_counts", ChangeCounts(deal)));

    private ScriptObject ChangeCounts(Deal deal) => Object(
        TermChanges.Names.Select(n => (n, (object?)deal.Terms.Count(t => t.Change.Name() == n))).ToArray());

    private ScriptObject TermView(Term term) => Object(
        ("id", term.Id),
        ("label", term.Label),
        ("before", term.Before),
        ("after", term.After),
        ("change", term.Change.Name()),
        ("sources", Citations(term.Sources)));

    private ScriptObject AccessView(AccessChange access) => Object(
        ("lab", Company(access.Lab.Slug)),
        ("cloud", Cloud(access.Cloud.Slug)),
        ("before", access.Before.Name()),
        ("after", access.After.Name()),
        ("sources", Citations(access.Sources)));

    private ScriptObject CellView(MatrixCell cell) => Object(
        ("cloud", Cloud(cell.Cloud.Slug)),
        ("before", cell.Before.Name()),
        ("after", cell.After.Name()),
        ("known", cell.IsKnown),
        ("changed", cell.Before != cell.After),
        ("deal", cell.Deal is { } d ? Object(("title", d.Title), ("url", d.Url), ("slug", d.Slug), ("kind", d.Kind),
            ("announced", d.Announced is { } a ? (d.AnnouncedMonthOnly ? Month(a) : Date(a)) : null),
            ("announced_display", d.Announced is { } a2 ? ShortDate(a2) : null)) : null),
        ("sources", Citations(cell.Sources)));

    private ScriptObject CardView(Article article) => Object(
        ("slug", article.Slug),
        ("title", article.Title),
        ("title_html", new RawHtml(article.TitleHtml)),
        ("summary", article.Summary),
        ("summary_html", new RawHtml(article.SummaryHtml)),
        ("url", article.Url),
        ("date", Date(article.Date)),
        ("date_display", DisplayDate(article.Date)),
        ("updated", article.Updated is { } u ? Date(u) : null),
        ("updated_display", article.Updated is { } v ? DisplayDate(v) : null),
        ("tags", Array(article.Tags.Select(t => (object?)t))),
        ("companies", Array(article.Companies.Select(c => Company(c.Slug)))),
        ("deals", Array(article.Deals.Select(d => Deal(d.Slug)))),
        ("sources", Sources(article.Sources)),
        ("reading_minutes", ReadingMinutes(article.Body.WordCount)),
        ("order", article.Order),
        ("draft", article.Draft));
}
