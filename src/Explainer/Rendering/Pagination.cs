using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>
/// Long lists over numbered pages, so that no page grows with the site: page 1 stays at the list's own URL
/// (<c>/articles/</c>), page n is at <c>/articles/page/n/</c>. Each page's data has <c>pagination</c>: null when the
/// list fits on one page, else where the page is in the list and links to its neighbours.
/// </summary>
public static class Pagination
{
    /// <summary>Items on one page of a list (articles, deals, companies, sources, tags, timeline entries).</summary>
    public const int PageSize = 100;

    /// <summary>Items a record's page shows of a longer list before it links to the full list (the newest first).</summary>
    public const int Preview = 50;

    /// <summary>The URL of page <paramref name="number"/> of the list at <paramref name="url"/>.</summary>
    public static string PageUrl(string url, int number) => number == 1 ? url : $"{url}page/{number}/";

    /// <summary>One page for every <see cref="PageSize"/> items (one page for an empty list): <paramref name="make"/>
    /// receives the page's URL, its items and its <c>pagination</c> data (null when there is one page only).</summary>
    public static IEnumerable<Page> Paginate<T>(string url, string what, IReadOnlyList<T> items,
        Func<string, IReadOnlyList<T>, Pager?, Page> make)
    {
        var count = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= count; number++)
        {
            var start = (number - 1) * PageSize;
            var slice = count == 1 ? items : new Slice<T>(items, start, Math.Min(PageSize, items.Count - start));
            var pager = count == 1 ? null : new Pager(url, what, number, count, items.Count, start + 1, start + slice.Count);
            yield return make(PageUrl(url, number), slice, pager);
        }
    }

    /// <summary>A page's title with its place in the list: "Articles", then "Articles, page 2 of 7".</summary>
    public static string Title(string title, Pager? pager) => pager is null || pager.Number == 1 ? title : $"{title}, page {pager.Number} of {pager.Count}";

    /// <summary>Where one page is in a paginated list; <see cref="View"/> is the template's <c>pagination</c>.</summary>
    public sealed record Pager(string Url, string What, int Number, int Count, int Total, int From, int To)
    {
        public ScriptObject View() => Views.Object(
            ("number", Number),
            ("count", Count),
            ("total", Total),
            ("from", From),
            ("to", To),
            ("what", What),
            ("first_url", Number > 1 ? PageUrl(Url, 1) : null),
            ("previous_url", Number > 1 ? PageUrl(Url, Number - 1) : null),
            ("next_url", Number < Count ? PageUrl(Url, Number + 1) : null),
            ("last_url", Number < Count ? PageUrl(Url, Count) : null));
    }

    /// <summary>Part of a list, without copying it.</summary>
    private sealed class Slice<T>(IReadOnlyList<T> items, int start, int count) : IReadOnlyList<T>
    {
        public T this[int index] => (uint)index < (uint)count ? items[start + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => count;

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return items[start + i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
