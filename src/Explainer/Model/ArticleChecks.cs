using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>The findings of checking every article's references (companies, deals, sources, blocks, reading order), with
/// what they were checked against: the same article records checked against the same names (and the same labs, which
/// a matrix block must name) give the same findings, so a model built again after an edit of a record's other fields
/// takes them from the previous model.</summary>
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

    /// <summary>The previous checks when they stand for <paramref name="content"/>, else <paramref name="check"/>'s findings.</summary>
    public static ArticleChecks Of(SiteContent content, ArticleChecks? previous, Func<IReadOnlyList<Article>, IReadOnlyList<Diagnostic>> check)
    {
        var companies = content.Companies.Select(c => (c.Slug, c.IsLab)).ToList();
        var deals = content.Deals.Select(d => d.Slug).ToList();
        var sources = content.Sources.Select(s => s.Id).ToList();
        if (previous is not null && previous.Articles.Count == content.Articles.Count
            && previous.Articles.Zip(content.Articles).All(p => ReferenceEquals(p.First, p.Second))
            && previous.Companies.SequenceEqual(companies) && previous.Deals.SequenceEqual(deals, StringComparer.Ordinal)
            && previous.Sources.SequenceEqual(sources, StringComparer.Ordinal) && previous.Unreadable.SetEquals(content.Unreadable))
        {
            return previous;
        }

        return new ArticleChecks(content.Articles, companies, deals, sources, content.Unreadable, check(content.Articles));
    }
}
