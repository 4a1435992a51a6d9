using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>What the site derives from its articles alone: their order, the lookups and indexes of articles, the
/// articles' citations of each source and the warnings of tags used once. It is most of the model's work on a large
/// site, so a model built again after an edit of another record (a company, a deal, a source) takes it from the
/// previous model while every article is the same record (<see cref="Build"/>).</summary>
internal sealed class ArticleIndex
{
    /// <summary>The articles read, drafts included, in the order read: what this index was made from.</summary>
    public required IReadOnlyList<Article> From { get; init; }

    public required bool IncludesDrafts { get; init; }

    /// <summary>Published articles (drafts too when <see cref="IncludesDrafts"/>), newest first, then by slug.</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    public required IReadOnlyList<Article> ReadingOrder { get; init; }

    public required IReadOnlyDictionary<string, Article> BySlug { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ByCompany { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ByDeal { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<Article>> ByTag { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    /// <summary>source id -> the articles that cite it, in <see cref="Articles"/> order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Citation>> Citations { get; init; }

    /// <summary>The findings of the articles as a whole (a tag only one article uses).</summary>
    public required IReadOnlyList<Diagnostic> Findings { get; init; }

    /// <summary><paramref name="previous"/> when it was made from the same article records, else a new index.</summary>
    public static ArticleIndex Build(IReadOnlyList<Article> all, bool includeDrafts, ArticleIndex? previous)
    {
        if (previous is not null && previous.IncludesDrafts == includeDrafts && previous.From.Count == all.Count
            && previous.From.Zip(all).All(p => ReferenceEquals(p.First, p.Second)))
        {
            return previous;
        }

        var articles = all
            .Where(a => includeDrafts || !a.Draft)
            .OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        var findings = new DiagnosticBag();
        TagUse.WarnOfSingleUse(articles, findings);
        var byTag = SiteModel.Index(articles, a => a.Tags);
        return new ArticleIndex
        {
            From = all,
            IncludesDrafts = includeDrafts,
            Articles = articles,
            ReadingOrder = articles.Where(a => a.Order is not null).OrderBy(a => a.Order).ThenBy(a => a.Slug, StringComparer.Ordinal).ToList(),
            BySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal),
            ByCompany = SiteModel.Index(articles, a => a.Companies.Select(r => r.Slug)),
            ByDeal = SiteModel.Index(articles, a => a.Deals.Select(r => r.Slug)),
            ByTag = byTag,
            Tags = byTag.Keys.Order(StringComparer.Ordinal).ToList(),
            Citations = CitationsOf(articles),
            Findings = findings.Items,
        };
    }

    private static Dictionary<string, IReadOnlyList<Citation>> CitationsOf(IReadOnlyList<Article> articles)
    {
        var index = new Dictionary<string, IReadOnlyList<Citation>>(StringComparer.Ordinal);
        foreach (var article in articles.Where(a => a.Sources.Count > 0))
        {
            var citation = new Citation(RecordKind.Article.Name, article.Title, article.Url);
            foreach (var source in article.Sources)
            {
                SiteModel.Add(index, source.Slug, citation);
            }
        }

        return index;
    }
}
