using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>The findings of checking every article's references (companies, deals, sources, blocks, reading order), with
/// what they were checked against: the same article records checked against the same names (and the same labs, which
/// a matrix block must name) give the same findings, so a model built again after an edit of a record's other fields
/// takes them from the previous model, and after an edit of an article checks that article alone.</summary>
internal sealed class ArticleChecks
{
    private ArticleChecks(IReadOnlyList<Article> articles, IReadOnlyList<(string Slug, bool IsLab)> companies, IReadOnlyList<string> deals,
        IReadOnlyList<string> sources, IReadOnlySet<string> unreadable, IReadOnlyList<Diagnostic> findings)
    {
        (Articles, Companies, Deals, Sources, Unreadable, Findings) = (articles, companies, deals, sources, unreadable, findings);
    }

    private IReadOnlyList<Article> Articles { get; }

    private IReadOnlyList<(string Slug, bool IsLab)> Companies { get; }

    private IReadOnlyList<string> Deals { get; }

    private IReadOnlyList<string> Sources { get; }

    private IReadOnlySet<string> Unreadable { get; }

    public IReadOnlyList<Diagnostic> Findings { get; }

    /// <summary>The previous checks when they stand for <paramref name="content"/>; when only a few articles changed (their
    /// reading order kept) and the previous checks found nothing, <paramref name="check"/>'s findings for those; else
    /// <paramref name="check"/>'s findings for every article.</summary>
    public static ArticleChecks Of(SiteContent content, ArticleChecks? previous, Func<IReadOnlyList<Article>, IReadOnlyList<Diagnostic>> check)
    {
        var companies = content.Companies.Select(c => (c.Slug, c.IsLab)).ToList();
        var deals = content.Deals.Select(d => d.Slug).ToList();
        var sources = content.Sources.Select(s => s.Id).ToList();
        if (previous is not null && previous.Articles.Count == content.Articles.Count
            && previous.Companies.SequenceEqual(companies) && previous.Deals.SequenceEqual(deals, StringComparer.Ordinal)
            && previous.Sources.SequenceEqual(sources, StringComparer.Ordinal) && previous.Unreadable.SetEquals(content.Unreadable))
        {
            var changed = content.Articles.Select((article, i) => (Old: previous.Articles[i], New: article))
                .Where(p => !ReferenceEquals(p.Old, p.New)).Take(Checked + 1).ToList();
            if (changed.Count == 0)
            {
                return previous;
            }

            // A reading order clash is between two articles: with none before and every order kept, there is none now.
            if (changed.Count <= Checked && previous.Findings.Count == 0
                && changed.All(p => p.Old.Location.Path == p.New.Location.Path && p.Old.Order == p.New.Order))
            {
                return new ArticleChecks(content.Articles, companies, deals, sources, content.Unreadable, check([.. changed.Select(p => p.New)]));
            }
        }

        return new ArticleChecks(content.Articles, companies, deals, sources, content.Unreadable, check(content.Articles));
    }

    /// <summary>Up to this many changed articles are checked alone; more, and every article is checked again.</summary>
    private const int Checked = 16;
}
