using Explainer.Cards;
using Explainer.Model;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>Every HTML page of the site with the data its layout receives. Lists come from the
/// site's indexes: no page scans all articles.</summary>
public static class PagePlanner
{
    /// <param name="bodies">Each article's <see cref="PageBody"/>: the part of an article only its own page reads.</param>
    public static PagePlan Plan(Site site, Views views, Func<Article, PageBody> bodies)
    {
        var history = new Lazy<IReadOnlyList<(Deal Deal, Matrix Matrix)>>(site.Matrix.History);
        var parts = site.Matrix.FitsOnePage ? [] : site.Matrix.Parts();
        var newestArticle = PageDates.Newest(site.Articles);
        var newestDeal = PageDates.Newest(site.Deals.Select(PageDates.Of));
        var pages = new List<Page>
        {
            Make(PageKind.Home, PageKind.Home.Url!, site.Config.Title, site.Config.Description, "input/site.yml", () =>
            [
                ("articles", views.AllCards),
                ("latest", Views.Array(site.Articles.Take(6).Select(a => views.Card(a.Slug)))),
                ("reading_order", views.Cards(site.ReadingOrder)),
                ("headline", site.Headline is { } h ? views.Deal(h.Slug) : null),
                ("deals", views.Deals(site.Deals.Take(Pagination.Preview))),
                ("companies", views.Companies(site.Companies.Take(Pagination.Preview))),
                ("matrix", site.Headline is { } deal ? views.Matrix(site.Matrix.ForDeal(deal)) : null),
            ]) with { Modified = PageDates.Newest([newestArticle, newestDeal]) },
            Make(PageKind.Matrix, "Which AI lab may use which cloud, before and after each deal.", "input/data/deals", () =>
            [
                ("matrix", site.Matrix.FitsOnePage ? views.Matrix(site.Matrix) : null),
                ("index", site.Matrix.FitsOnePage ? null : views.MatrixIndex(parts)),
                ("part", null),
                ("history", site.Matrix.HistoryFits ? Views.Array(history.Value.Select(h => AsOfLink(views, h.Deal))) : null),
            ]) with { Modified = PageDates.Newest(site.Deals.Where(d => d.Access.Count > 0).Select(PageDates.Of)) },
            Make(PageKind.Search, "Search the articles, companies, deals and sources.", "theme"),
            Make(PageKind.NotFound, "This page does not exist.", "theme"),
        };

        pages.AddRange(ListPages(site, views, newestArticle, newestDeal));
        var before = pages;
        pages = [.. site.Companies.Select(c => CompanyPage(site, views, c))];
        pages.AddRange(site.Companies.Where(c => HasMore(site.Lookup(site.ArticlesByCompany, c.Slug))).SelectMany(c => FullArticleList(views, site.Lookup(site.ArticlesByCompany, c.Slug), $"{c.Url}articles/",
            $"Articles that mention {c.Name}", $"Every article that names {c.Name}, newest first.", c.Location.Path)));
        pages.AddRange(site.Companies.Where(c => site.Lookup(site.DealsByCompany, c.Slug).Count > Pagination.Preview).SelectMany(c =>
            Pagination.Paginate($"{c.Url}deals/", "deals", site.Lookup(site.DealsByCompany, c.Slug), (url, slice, pager) =>
                Make(PageKind.Deals, url, Pagination.Title($"Deals of {c.Name}", pager), $"Every deal {c.Name} is a party to, newest first.", c.Location.Path, () =>
                [
                    ("deals", views.Deals(slice)),
                    ("pagination", pager?.View()),
                ]) with { Modified = PageDates.Newest(slice.Select(PageDates.Of)) })));
        pages.AddRange(site.Deals.Select(d => Make(PageKind.Deal, d.Url, d.Title, d.Summary, d.Location.Path, () =>
        [
            ("deal", views.Deal(d.Slug)),
            ("matrix", views.Matrix(site.Matrix.ForDeal(d))),
            ("articles", views.Cards(site.Lookup(site.ArticlesByDeal, d.Slug).Take(Pagination.Preview))),
            ("all_articles", MoreUrl(site.Lookup(site.ArticlesByDeal, d.Slug), $"{d.Url}articles/")),
        ]) with { Card = SiteCards.DealCardUrl(d), Modified = PageDates.Of(d) }));
        pages.AddRange(parts.Select((part, i) => MatrixPartPage(site, views, parts, i)));
        pages.AddRange(site.Deals.Where(d => HasMore(site.Lookup(site.ArticlesByDeal, d.Slug))).SelectMany(d => FullArticleList(views, site.Lookup(site.ArticlesByDeal, d.Slug), $"{d.Url}articles/",
            $"Articles about {d.Title}", $"Every article that explains {d.Title}, newest first.", d.Location.Path)));
        if (site.Matrix.HistoryFits)
        {
            var changing = site.Matrix.Deals.Where(d => d.Access.Count > 0).ToList();
            pages.AddRange(changing.Select((d, i) => Make(PageKind.MatrixAsOf, TimelineView.AsOfUrl(d),
                $"The matrix as of {d.Title}", $"Which AI lab could use which cloud just after {d.Title}.", d.Location.Path, () =>
                [
                    ("deal", views.Deal(d.Slug)),
                    ("matrix", views.Matrix(history.Value[i].Matrix)),
                    ("position", i + 1),
                    ("count", changing.Count),
                    ("previous", i > 0 ? AsOfLink(views, changing[i - 1]) : null),
                    ("next", i + 1 < changing.Count ? AsOfLink(views, changing[i + 1]) : null),
                ]) with { Modified = PageDates.Of(d) }));
        }

        pages.AddRange(site.Sources.Select(s => Make(PageKind.Source, s.PageUrl, s.Title, $"What {s.Publisher} reports, and what on this site relies on it.", s.Location.Path, () =>
        [
            ("source", views.Source(s.Id)),
            ("citations", Citations(site.Lookup(site.CitationsBySource, s.Id).Take(Pagination.Preview))),
            ("all_citations", MoreUrl(site.Lookup(site.CitationsBySource, s.Id), $"{s.PageUrl}cited-by/")),
        ]) with { Modified = PageDates.Of(s) }));
        pages.AddRange(site.Sources.Where(s => site.Lookup(site.CitationsBySource, s.Id).Count > Pagination.Preview).SelectMany(s =>
            Pagination.Paginate($"{s.PageUrl}cited-by/", "citations", site.Lookup(site.CitationsBySource, s.Id), (url, slice, pager) =>
                Make(PageKind.Citations, url, Pagination.Title($"Cited by: {s.Title}", pager), $"Everything on this site that cites {s.Title}.", s.Location.Path, () =>
                [
                    ("source", views.Source(s.Id)),
                    ("citations", Citations(slice)),
                    ("pagination", pager?.View()),
                ]) with { Modified = PageDates.Of(s) })));
        pages.AddRange(site.Tags.SelectMany(t => Pagination.Paginate($"/tags/{t}/", "articles", site.ArticlesByTag[t], (url, slice, pager) =>
            Make(PageKind.Tag, url, Pagination.Title($"Tag: {t}", pager), $"Articles tagged {t}.", "input/articles", () =>
            [
                ("tag", t),
                ("count", site.ArticlesByTag[t].Count),
                ("articles", views.Cards(slice)),
                ("pagination", pager?.View()),
            ]) with { Modified = PageDates.Newest(slice) })));
        return new PagePlan(before, site.Articles, site.ArticleBySlug, a => ArticlePage(site, views, a, bodies(a)), pages);
    }

    /// <summary>One page of a matrix too large for one: a run of labs by name, with the clouds their deals cover.</summary>
    private static Page MatrixPartPage(Site site, Views views, IReadOnlyList<MatrixPart> parts, int i)
    {
        var part = parts[i];
        var range = $"{part.Labs[0].Name} to {part.Labs[^1].Name}";
        return Make(PageKind.Matrix, part.Url, $"Multi-cloud matrix: {range}", $"Which cloud each AI lab from {range} may use, before and after each deal.", "input/data/deals", () =>
        [
            ("matrix", views.Matrix(part.Matrix)),
            ("index", null),
            ("part", Views.Object(
                ("link", views.MatrixPartLink(part, parts.Count)),
                ("previous", i > 0 ? views.MatrixPartLink(parts[i - 1], parts.Count) : null),
                ("next", i + 1 < parts.Count ? views.MatrixPartLink(parts[i + 1], parts.Count) : null))),
            ("history", null),
        ]) with { Modified = PageDates.Newest(part.Matrix.Labs.SelectMany(site.Matrix.KnownOf).Select(c => PageDates.Of(c.Deal!))) };
    }

    /// <summary>The site-wide lists, each over as many pages as it needs (<see cref="Pagination"/>).</summary>
    private static IEnumerable<Page> ListPages(Site site, Views views, string? newestArticle, string? newestDeal)
    {
        var articles = Pagination.Paginate("/articles/", "articles", site.Articles, (url, slice, pager) =>
            Make(PageKind.Articles, url, Pagination.Title("Articles", pager), $"All {site.Articles.Count} articles, newest first.", "input/articles", () =>
            [
                ("articles", views.Cards(slice)),
                ("reading_order", pager is null || pager.Number == 1 ? views.Cards(site.ReadingOrder) : Views.Array([])),
                ("pagination", pager?.View()),
            ]) with { Modified = pager is null || pager.Number == 1 ? newestArticle : PageDates.Newest(slice) });
        var companies = Pagination.Paginate("/companies/", "companies", site.Companies, (url, slice, pager) =>
            Make(PageKind.Companies, url, Pagination.Title("Companies", pager), "The labs, clouds and investors in these deals.", "input/data/companies", () =>
            [
                ("companies", views.Companies(slice)),
                ("pagination", pager?.View()),
            ]) with { Modified = PageDates.Newest(slice.Select(PageDates.Of)) });
        var deals = Pagination.Paginate("/deals/", "deals", site.Deals, (url, slice, pager) =>
            Make(PageKind.Deals, url, Pagination.Title("Deals", pager), "Every deal, with its terms before and after.", "input/data/deals", () =>
            [
                ("deals", views.Deals(slice)),
                ("pagination", pager?.View()),
            ]) with { Modified = pager is null || pager.Number == 1 ? newestDeal : PageDates.Newest(slice.Select(PageDates.Of)) });
        var timeline = Pagination.Paginate("/timeline/", "deals", TimelineView.InOrder(site), (url, slice, pager) =>
            Make(PageKind.Timeline, url, Pagination.Title("Timeline", pager), "Every deal in date order, lab by lab, and the matrix as it stood after each one.", "input/data/deals", () =>
            [
                ("timeline", pager is null ? views.Timeline : TimelineView.Build(site, views, slice, pager.From)),
                ("pagination", pager?.View()),
            ]) with { Modified = pager is null ? newestDeal : PageDates.Newest(slice.Select(PageDates.Of)) });
        var sources = Pagination.Paginate("/sources/", "sources", site.Sources, (url, slice, pager) =>
            Make(PageKind.Sources, url, Pagination.Title("Sources", pager), "Where every fact on this site comes from.", "seeds", () =>
            [
                ("sources", Views.Array(slice.Select(s => views.Source(s.Id)))),
                ("pagination", pager?.View()),
            ]) with { Modified = PageDates.Newest(slice.Select(PageDates.Of)) });
        var tags = Pagination.Paginate("/tags/", "tags", site.Tags, (url, slice, pager) =>
            Make(PageKind.Tags, url, Pagination.Title("Tags", pager), "Articles by topic.", "input/articles", () =>
            [
                ("tags", Views.Array(slice.Select(t => Views.Object(("name", t), ("url", $"/tags/{t}/"), ("count", site.ArticlesByTag[t].Count))))),
                ("pagination", pager?.View()),
            ]) with { Modified = PageDates.Newest(slice.SelectMany(t => site.ArticlesByTag[t])) });
        return articles.Concat(companies).Concat(deals).Concat(timeline).Concat(sources).Concat(tags);
    }

    /// <summary>Whether a record's page shows only part of the list (its full list then has pages of its own).</summary>
    private static bool HasMore<T>(IReadOnlyList<T> items) => items.Count > Pagination.Preview;

    /// <summary>The full list of a record's articles, over pages, when its own page shows only the newest
    /// <see cref="Pagination.Preview"/>; no pages when they all fit there.</summary>
    private static IEnumerable<Page> FullArticleList(Views views, IReadOnlyList<Article> articles, string url, string title, string description, string origin) =>
        !HasMore(articles) ? [] : Pagination.Paginate(url, "articles", articles, (pageUrl, slice, pager) =>
            Make(PageKind.Articles, pageUrl, Pagination.Title(title, pager), description, origin, () =>
            [
                ("articles", views.Cards(slice)),
                ("reading_order", Views.Array([])),
                ("pagination", pager?.View()),
            ]) with { Modified = PageDates.Newest(slice) });

    /// <summary>The URL of the full list when a page shows only part of it, else null.</summary>
    private static ScriptObject? MoreUrl<T>(IReadOnlyList<T> items, string url) =>
        items.Count <= Pagination.Preview ? null : Views.Object(("url", url), ("count", items.Count));

    private static ScriptArray Citations(IEnumerable<Citation> citations) =>
        Views.Array(citations.Select(c => Views.Object(("kind", c.Kind), ("title", c.Title), ("url", c.Url))));

    private static ScriptObject AsOfLink(Views views, Deal deal) =>
        Views.Object(("deal", views.Deal(deal.Slug)), ("url", TimelineView.AsOfUrl(deal)));

    /// <summary>An article's page: the only page that reads the article's body (its HTML, headings and word count).</summary>
    /// <remarks>Made without <see cref="Make"/>: a site has as many of these as articles, and one closure (not two) and
    /// one record (not a copy made by <c>with</c>) each make a large site's plan lighter.</remarks>
    public static Page ArticlePage(Site site, Views views, Article a, PageBody body) =>
        new(a.Url, PageKind.Article, () => Data(a.Url, PageKind.Article, a.Title, a.Summary,
        [
            ("article", views.Card(a.Slug)),
            ("json_ld", JsonLd.Article(site, a with { Body = body.Outline })),
            ("toc", Views.Array(body.Outline.Headings.Select(h => Views.Object(("level", h.Level), ("id", h.Id), ("text", h.Text))))),
        ]), a.Location.Path, body) { Modified = PageDates.Of(a) };

    private static Page CompanyPage(Site site, Views views, Company company) =>
        Make(PageKind.Company, company.Url, company.Name, company.Summary, company.Location.Path, () =>
        [
            ("company", views.Company(company.Slug)),
            ("deals", views.Deals(site.Lookup(site.DealsByCompany, company.Slug).Take(Pagination.Preview))),
            ("all_deals", MoreUrl(site.Lookup(site.DealsByCompany, company.Slug), $"{company.Url}deals/")),
            ("articles", views.Cards(site.Lookup(site.ArticlesByCompany, company.Slug).Take(Pagination.Preview))),
            ("all_articles", MoreUrl(site.Lookup(site.ArticlesByCompany, company.Slug), $"{company.Url}articles/")),
            ("matrix_row", company.IsLab ? views.Matrix(site.Matrix.ForLab(company)) : null),
            ("clouds", Views.Array(site.Lookup(site.CloudsByOperator, company.Slug).Select(cloud => Views.Object(
                ("cloud", views.Cloud(cloud.Slug)),
                ("matrix", views.Matrix(site.Matrix.ForCloud(cloud))))))),
        ]) with { Modified = PageDates.Of(company) };

    /// <summary>A page whose data is built when it is first read: on the thread that renders it, so planning a
    /// large site costs no time on its own and the data of pages not yet rendered does not exist yet.</summary>
    private static Page Make(PageKind kind, string url, string title, string description, string origin,
        Func<(string Key, object? Value)[]> members) =>
        new(url, kind, () => Data(url, kind, title, description, members()), origin);

    /// <summary>The page of a kind that has one page, at its URL and with its title.</summary>
    private static Page Make(PageKind kind, string description, string origin, Func<(string Key, object? Value)[]> members) =>
        Make(kind, kind.Url!, kind.Title!, description, origin, members);

    private static Page Make(PageKind kind, string description, string origin) =>
        Make(kind, description, origin, () => []);

    private static ScriptObject Data(string url, PageKind kind, string title, string description, (string Key, object? Value)[] members)
    {
        var data = new ViewObject(7 + members.Length);
        data["kind"] = kind.Name;
        data["parent"] = kind.Parent is { } parent ? Views.Object(("url", parent.Url), ("title", parent.Title)) : null;
        data["search_label"] = kind.SearchLabel;
        data["indexed"] = kind.Indexed;
        data["url"] = url;
        data["title"] = title;
        data["description"] = description;
        foreach (var (key, value) in members)
        {
            data[key] = value;
        }

        data.IsReadOnly = true;
        return data;
    }
}
