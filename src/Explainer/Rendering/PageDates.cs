using System.Globalization;
using Explainer.Model;

namespace Explainer.Rendering;

/// <summary>When a page's content last changed, as the sitemap writes it: a record's <c>updated</c>, else the date it
/// carries (an article's date, a deal's announcement, a source's publication); a list page takes its newest member.
/// A deal dated only to its month gives <c>2025-11</c> (a valid W3C date), never an invented day.</summary>
internal static class PageDates
{
    public static string Of(Article article) => Day(article.Updated ?? article.Date);

    public static string? Of(Deal deal) =>
        deal.Updated is { } updated ? Day(updated)
        : deal.Announced is { } announced ? (deal.AnnouncedMonthOnly ? announced.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Day(announced))
        : null;

    public static string? Of(Company company) => company.Updated is { } updated ? Day(updated) : null;

    public static string? Of(Source source) => (source.Updated ?? source.Published) is { } date ? Day(date) : null;

    /// <summary>The latest of <paramref name="dates"/> (ISO dates and months compare as text), or null.</summary>
    public static string? Newest(IEnumerable<string?> dates) => dates.OfType<string>().Max(StringComparer.Ordinal);

    /// <summary>The newest of the articles' dates, or null: the same as <see cref="Newest(IEnumerable{string})"/> of each
    /// one's <see cref="Of(Article)"/>, with one date written instead of one per article (a list page has a hundred).</summary>
    public static string? Newest(IEnumerable<Article> articles)
    {
        DateOnly? newest = null;
        foreach (var article in articles)
        {
            var date = article.Updated ?? article.Date;
            newest = newest is { } known && known >= date ? known : date;
        }

        return newest is { } found ? Day(found) : null;
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
