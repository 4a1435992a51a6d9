using Explainer.Model;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>
/// The timeline's template data: one lane per lab, a dot per dated deal placed by its date, and the same deals as a
/// list for readers who do not see the drawing. Positions are computed here, in whole SVG units, so the template only
/// writes elements and the output is the same bytes on every machine. Undated deals get no dot: they are listed as
/// undated, never placed at a guessed date.
/// </summary>
internal static class TimelineView
{
    private const int Width = 960;
    private const int Left = 120;
    private const int Right = 24;
    private const int Top = 36;
    private const int LaneHeight = 48;
    private const int Crowded = 14;

    /// <summary>The whole timeline, or for a site with more than <see cref="Pagination.PageSize"/> deals its last page (the
    /// newest deals), with <c>page_url</c> saying where that page is: what a <c>::: timeline</c> block draws.</summary>
    public static ScriptObject Build(Site site, Views views)
    {
        var deals = InOrder(site);
        if (deals.Count <= Pagination.PageSize)
        {
            return Build(site, views, deals, 1);
        }

        var last = (deals.Count - 1) / Pagination.PageSize;
        var start = last * Pagination.PageSize;
        return Build(site, views, deals.Skip(start).ToList(), start + 1, Pagination.PageUrl("/timeline/", last + 1));
    }

    /// <summary>The deals in the timeline's order: the dated ones oldest first, then the undated ones by slug. A long
    /// timeline is drawn over several pages, each a run of this list.</summary>
    public static IReadOnlyList<Deal> InOrder(Site site) =>
        site.Deals.Where(d => d.Announced is not null).OrderBy(d => d.Announced).ThenBy(d => d.Slug, StringComparer.Ordinal)
            .Concat(site.Deals.Where(d => d.Announced is null).OrderBy(d => d.Slug, StringComparer.Ordinal)).ToList();

    /// <summary>The timeline of <paramref name="deals"/> (a run of <see cref="InOrder"/>), numbered from
    /// <paramref name="firstNumber"/>: lanes only for the labs these deals name, years only those they span.</summary>
    public static ScriptObject Build(Site site, Views views, IReadOnlyList<Deal> deals, int firstNumber, string? pageUrl = null)
    {
        var dated = deals.Where(d => d.Announced is not null).ToList();
        var undated = deals.Where(d => d.Announced is null).ToList();
        var named = deals.SelectMany(d => Labs(d, site)).Select(l => l.Slug).ToHashSet(StringComparer.Ordinal);
        var laneKeys = site.Matrix.Labs.Where(l => named.Contains(l.Slug)).Select(l => (Company?)l).ToList();
        if (deals.Any(d => Labs(d, site).Count == 0))
        {
            laneKeys.Add(null);
        }

        var asOf = site.Matrix.HistoryFits ? site.Deals.Where(d => d.Access.Count > 0).Select(d => d.Slug).ToHashSet(StringComparer.Ordinal) : [];
        ScriptObject Entry(Deal d, int number) => Views.Object(
            ("number", number),
            ("deal", views.Deal(d.Slug)),
            ("labs", views.Companies(Labs(d, site))),
            ("as_of_url", asOf.Contains(d.Slug) ? AsOfUrl(d) : null));

        var (first, last) = dated.Count == 0 ? (2000, 2001) : (dated[0].Announced!.Value.Year, dated[^1].Announced!.Value.Year + 1);
        var start = new DateOnly(first, 1, 1).DayNumber;
        var span = new DateOnly(last, 1, 1).DayNumber - start;
        int X(DateOnly date) => Left + (int)Math.Round((double)(date.DayNumber - start) * (Width - Left - Right) / span);

        var lanes = laneKeys.Select((lab, index) =>
        {
            var y = Top + index * LaneHeight + LaneHeight / 2;
            var points = new List<ScriptObject>();
            var previous = -Width;
            var stack = 0;
            foreach (var (deal, number) in dated.Select((d, i) => (d, firstNumber + i)).Where(p => InLane(p.d, lab, site)))
            {
                var x = X(deal.Announced!.Value);
                stack = x - previous < Crowded ? (stack + 1) % 3 : 0;
                previous = x;
                points.Add(Views.Object(
                    ("x", x),
                    ("y", y + stack switch { 1 => -12, 2 => 12, _ => 0 }),
                    ("number", number),
                    ("month_only", deal.AnnouncedMonthOnly),
                    ("kind", deal.Kind ?? "deal"),
                    ("title", $"{views.Deal(deal.Slug)["announced_display"]}: {deal.Title}")));
            }

            return Views.Object(
                ("name", lab?.Name ?? "Other deals"),
                ("y", y),
                ("points", Views.Array(points)));
        }).ToList();

        var height = Top + laneKeys.Count * LaneHeight + 8;
        return Views.Object(
            ("width", Width),
            ("height", height),
            ("left", Left),
            ("right", Width - Right),
            ("top", Top - 12),
            ("bottom", height - 8),
            ("years", Views.Array(Enumerable.Range(first, last - first + 1).Select(year => (object?)Views.Object(
                ("x", X(new DateOnly(year, 1, 1))), ("label", year))))),
            ("lanes", Views.Array(lanes)),
            ("dated", Views.Array(dated.Select((d, i) => Entry(d, firstNumber + i)))),
            ("undated", Views.Array(undated.Select(d => Entry(d, 0)))),
            ("is_empty", deals.Count == 0),
            ("page_url", pageUrl));
    }

    public static string AsOfUrl(Deal deal) => $"/matrix/as-of/{deal.Slug}/";

    private static IReadOnlyList<Company> Labs(Deal deal, Site site) =>
        deal.Parties.Select(p => site.CompanyBySlug[p.Slug]).Where(c => c.IsLab).ToList();

    private static bool InLane(Deal deal, Company? lane, Site site) =>
        lane is null ? Labs(deal, site).Count == 0 : deal.Parties.Any(p => p.Slug == lane.Slug);
}
