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

    /// <summary>Up to this many changed articles are put in place of their previous records (<see cref="Patch"/>); more,
    /// and the index is made anew.</summary>
    private const int Patched = 16;

    /// <summary><paramref name="previous"/> when it was made from the same article records; <paramref name="previous"/>
    /// with the changed ones in place of their previous records when each still has its place in every list and index;
    /// else a new index. <paramref name="all"/> is in the order of the files, as <see cref="From"/> is.</summary>
    public static ArticleIndex Build(IReadOnlyList<Article> all, bool includeDrafts, ArticleIndex? previous)
    {
        if (previous is not null && previous.IncludesDrafts == includeDrafts && previous.From.Count == all.Count)
        {
            var changed = all.Select((article, i) => (Old: previous.From[i], New: article))
                .Where(p => !ReferenceEquals(p.Old, p.New)).Take(Patched + 1).ToList();
            if (changed.Count == 0)
            {
                return previous;
            }

            if (changed.Count <= Patched && changed.All(p => SamePlace(p.Old, p.New)))
            {
                return previous.Patch(all, changed);
            }
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

    /// <summary>Two records of one article that sit in the same place of every list and index, with the same findings:
    /// what changed is only what the lists show of it (its title, summary, body).</summary>
    private static bool SamePlace(Article a, Article b) =>
        a.Location == b.Location && a.Slug == b.Slug && a.Date == b.Date && a.Draft == b.Draft && a.Order == b.Order
        && Slugs(a.Companies).SequenceEqual(Slugs(b.Companies), StringComparer.Ordinal)
        && Slugs(a.Deals).SequenceEqual(Slugs(b.Deals), StringComparer.Ordinal)
        && Slugs(a.Sources).SequenceEqual(Slugs(b.Sources), StringComparer.Ordinal)
        && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal) && a.TagLocations.SequenceEqual(b.TagLocations);

    private static IEnumerable<string> Slugs(IEnumerable<Ref> refs) => refs.Select(r => r.Slug);

    /// <summary>This index with each new record in place of its previous one (<see cref="SamePlace"/>): lists that
    /// hold one are copied, the others shared.</summary>
    private ArticleIndex Patch(IReadOnlyList<Article> all, IReadOnlyList<(Article Old, Article New)> changed)
    {
        // A draft left out of a build without drafts is in no list.
        var shown = changed.Where(p => BySlug.TryGetValue(p.Old.Slug, out var listed) && ReferenceEquals(listed, p.Old)).ToList();
        var bySlug = new Dictionary<string, Article>(BySlug, StringComparer.Ordinal);
        foreach (var (_, article) in shown)
        {
            bySlug[article.Slug] = article;
        }

        var articles = Replace(Articles, shown);
        return new ArticleIndex
        {
            From = all,
            IncludesDrafts = IncludesDrafts,
            Articles = articles,
            ReadingOrder = shown.Any(p => p.New.Order is not null) ? Replace(ReadingOrder, shown) : ReadingOrder,
            BySlug = bySlug,
            ByCompany = Replace(ByCompany, shown, a => Slugs(a.Companies)),
            ByDeal = Replace(ByDeal, shown, a => Slugs(a.Deals)),
            ByTag = Replace(ByTag, shown, a => a.Tags),
            Tags = Tags,
            Citations = Recite(articles, shown),
            Findings = Findings,
        };
    }

    private static List<Article> Replace(IReadOnlyList<Article> list, IReadOnlyList<(Article Old, Article New)> changed)
    {
        var result = list.ToList();
        foreach (var (old, article) in changed)
        {
            var at = result.FindIndex(a => ReferenceEquals(a, old));
            if (at >= 0)
            {
                result[at] = article;
            }
        }

        return result;
    }

    /// <summary><see cref="Citations"/> with the citations of the changed articles made anew: each list follows the
    /// articles' order, one citation per reference, so the others are taken from the previous list as they come.</summary>
    private Dictionary<string, IReadOnlyList<Citation>> Recite(IReadOnlyList<Article> articles, IReadOnlyList<(Article Old, Article New)> shown)
    {
        var citations = new Dictionary<string, IReadOnlyList<Citation>>(Citations, StringComparer.Ordinal);
        var changed = shown.Select(p => p.New).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var source in shown.SelectMany(p => Slugs(p.New.Sources)).Distinct(StringComparer.Ordinal))
        {
            var (before, after) = (Citations[source], new List<Citation>());
            foreach (var article in articles)
            {
                for (var i = 0; i < article.Sources.Count; i++)
                {
                    if (article.Sources[i].Slug == source)
                    {
                        after.Add(changed.Contains(article) ? new Citation(RecordKind.Article.Name, article.Title, article.Url) : before[after.Count]);
                    }
                }
            }

            citations[source] = after;
        }

        return citations;
    }

    private static Dictionary<string, IReadOnlyList<Article>> Replace(IReadOnlyDictionary<string, IReadOnlyList<Article>> index,
        IReadOnlyList<(Article Old, Article New)> changed, Func<Article, IEnumerable<string>> keys)
    {
        var result = new Dictionary<string, IReadOnlyList<Article>>(index, StringComparer.Ordinal);
        foreach (var key in changed.SelectMany(p => keys(p.Old)).Distinct(StringComparer.Ordinal))
        {
            result[key] = Replace(result[key], changed);
        }

        return result;
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
