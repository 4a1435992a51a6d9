using Explainer.Cards;
using Explainer.Model;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>Every HTML page of the site with the data its layout receives. Lists come from the
/// site's indexes: no page scans all articles.</summary>
public static class PagePlanner
{
    /// <param name="bodies">Each article's <see cref="PageBody"/>: the part of an article only its own page reads.</param>
    public static IReadOnlyList<Page> Plan(Site site, Views views, Func<Article, PageBody> bodies)
    {
        var history = new Lazy<IReadOnlyList<(Deal Deal, Matrix Matrix)>>(site.Matrix.History);
        var newestArticle = PageDates.Newest(site.Articles.Select(PageDates.Of));
        var newestDeal = PageDates.Newest(site.Deals.Select(PageDates.Of));
        var pages = new List<Page>
        {
            Make("/", "home", "home", site.Config.Title, site.Config.Description, "input/site.yml", () =>
            [
                ("articles", views.AllCards),
                ("latest", Views.Array(site.Articles.Take(6).Select(a => views.Card(a.Slug)))),
                ("reading_order", views.Cards(site.ReadingOrder)),
                ("headline", site.Headline is { } h ? views.Deal(h.Slug) : null),
                ("deals", views.Deals(site.Deals)),
                ("companies", views.Companies(site.Companies)),
                ("matrix", site.Headline is { } deal ? views.Matrix(site.Matrix.ForDeal(deal)) : null),
            ]) with { Modified = PageDates.Newest([newestArticle, newestDeal]) },
            Make("/articles/", "articles", "articles", "Articles", $"All {site.Articles.Count} articles, newest first.", "input/articles", () =>
            [
                ("articles", views.AllCards),
                ("reading_order", views.Cards(site.ReadingOrder)),
            ]) with { Modified = newestArticle },
            Make("/companies/", "companies", "companies", "Companies", "The labs, clouds and investors in these deals.", "input/data/companies", () =>
            [
                ("companies", views.Companies(site.Companies)),
            ]) with { Modified = PageDates.Newest(site.Companies.Select(PageDates.Of)) },
            Make("/deals/", "deals", "deals", "Deals", "Every deal, with its terms before and after.", "input/data/deals", () =>
            [
                ("deals", views.Deals(site.Deals)),
            ]) with { Modified = newestDeal },
            Make("/matrix/", "matrix", "matrix", "Multi-cloud matrix", "Which AI lab may use which cloud, before and after each deal.", "input/data/deals", () =>
            [
                ("matrix", views.Matrix(site.Matrix)),
                ("history", site.Matrix.HistoryFits ? Views.Array(history.Value.Select(h => AsOfLink(views, h.Deal))) : null),
            ]) with { Modified = PageDates.Newest(site.Deals.Where(d => d.Access.Count > 0).Select(PageDates.Of)) },
            Make("/timeline/", "timeline", "timeline", "Timeline", "Every deal in date order, lab by lab, and the matrix as it stood after each one.", "input/data/deals", () =>
            [
                ("timeline", views.Timeline),
            ]) with { Modified = newestDeal },
            Make("/sources/", "sources", "sources", "Sources", "Where every fact on this site comes from.", "seeds", () =>
            [
                ("sources", Views.Array(site.Sources.Select(s => views.Source(s.Id)))),
            ]) with { Modified = PageDates.Newest(site.Sources.Select(PageDates.Of)) },
            Make("/tags/", "tags", "tags", "Tags", "Articles by topic.", "input/articles", () =>
            [
                ("tags", Views.Array(site.Tags.Select(t => Views.Object(("name", t), ("url", $"/tags/{t}/"), ("count", site.ArticlesByTag[t].Count))))),
            ]) with { Modified = PageDates.Newest(site.Articles.Where(a => a.Tags.Count > 0).Select(PageDates.Of)) },
            Make("/search/", "search", "search", "Search", "Search the articles, companies, deals and sources.", "theme"),
            Make("/404.html", "404", "404", "Page not found", "This page does not exist.", "theme"),
        };

        pages.AddRange(site.Articles.Select(a => ArticlePage(site, views, a, bodies(a))));
        pages.AddRange(site.Companies.Select(c => CompanyPage(site, views, c)));
        pages.AddRange(site.Deals.Select(d => Make(d.Url, "deal", "deal", d.Title, d.Summary, d.Location.Path, () =>
        [
            ("deal", views.Deal(d.Slug)),
            ("matrix", views.Matrix(site.Matrix.ForDeal(d))),
            ("articles", views.Cards(site.Lookup(site.ArticlesByDeal, d.Slug))),
        ]) with { Card = SiteCards.DealCardUrl(d), Modified = PageDates.Of(d) }));
        if (site.Matrix.HistoryFits)
        {
            var changing = site.Matrix.Deals.Where(d => d.Access.Count > 0).ToList();
            pages.AddRange(changing.Select((d, i) => Make(TimelineView.AsOfUrl(d), "matrix-as-of", "matrix-as-of",
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

        pages.AddRange(site.Sources.Select(s => Make(s.PageUrl, "source", "source", s.Title, $"What {s.Publisher} reports, and what on this site relies on it.", s.Location.Path, () =>
        [
            ("source", views.Source(s.Id)),
            ("citations", Views.Array(site.Lookup(site.CitationsBySource, s.Id).Select(c =>
                Views.Object(("kind", c.Kind), ("title", c.Title), ("url", c.Url))))),
        ]) with { Modified = PageDates.Of(s) }));
        pages.AddRange(site.Tags.Select(t => Make($"/tags/{t}/", "tag", "tag", $"Tag: {t}", $"Articles tagged {t}.", "input/articles", () =>
        [
            ("tag", t),
            ("articles", views.Cards(site.ArticlesByTag[t])),
        ]) with { Modified = PageDates.Newest(site.ArticlesByTag[t].Select(PageDates.Of)) }));
        return pages;
    }

    private static ScriptObject AsOfLink(Views views, Deal deal) =>
        Views.Object(("deal", views.Deal(deal.Slug)), ("url", TimelineView.AsOfUrl(deal)));

    /// <summary>An article's page: the only page that reads the article's body (its HTML, headings and word count).</summary>
    public static Page ArticlePage(Site site, Views views, Article a, PageBody body) =>
        Make(a.Url, "article", "article", a.Title, a.Summary, a.Location.Path, () =>
        [
            ("article", views.Card(a.Slug)),
            ("json_ld", JsonLd.Article(site, a with { Body = body.Value })),
            ("toc", Views.Array(body.Value.Headings.Select(h => Views.Object(("level", h.Level), ("id", h.Id), ("text", h.Text))))),
        ]) with { Body = body, Modified = PageDates.Of(a) };

    private static Page CompanyPage(Site site, Views views, Company company) =>
        Make(company.Url, "company", "company", company.Name, company.Summary, company.Location.Path, () =>
        [
            ("company", views.Company(company.Slug)),
            ("deals", views.Deals(site.Lookup(site.DealsByCompany, company.Slug))),
            ("articles", views.Cards(site.Lookup(site.ArticlesByCompany, company.Slug))),
            ("matrix_row", company.IsLab ? views.Matrix(site.Matrix.ForLab(company)) : null),
            ("clouds", Views.Array(site.Lookup(site.CloudsByOperator, company.Slug).Select(cloud => Views.Object(
                ("cloud", views.Cloud(cloud.Slug)),
                ("matrix", views.Matrix(site.Matrix.ForCloud(cloud))))))),
        ]) with { Modified = PageDates.Of(company) };

    /// <summary>A page whose data is built when it is first read: on the thread that renders it, so planning a
    /// large site costs no time on its own and the data of pages not yet rendered does not exist yet.</summary>
    private static Page Make(string url, string layout, string kind, string title, string description, string origin,
        Func<(string Key, object? Value)[]> members) =>
        new(url, layout, () => Data(url, kind, title, description, members()), origin);

    private static Page Make(string url, string layout, string kind, string title, string description, string origin) =>
        Make(url, layout, kind, title, description, origin, () => []);

    private static ScriptObject Data(string url, string kind, string title, string description, (string Key, object? Value)[] members)
    {
        var data = new ScriptObject();
        data["kind"] = kind;
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
