namespace Explainer.Model;

/// <summary>One lab on one cloud: the level after the latest deal that changed it, and before that deal.</summary>
public sealed record MatrixCell(Company Lab, Cloud Cloud, AccessLevel Before, AccessLevel After, Deal? Deal, IReadOnlyList<Cite> Sources)
{
    public bool IsKnown => Deal is not null;
}

/// <summary>Labs (companies with the lab role) by clouds. A pair no deal mentions is unknown, never guessed.</summary>
public sealed class Matrix
{
    private readonly Dictionary<(string Lab, string Cloud), MatrixCell> cells;

    private Matrix(IReadOnlyList<Company> labs, IReadOnlyList<Cloud> clouds, Dictionary<(string, string), MatrixCell> cells, IReadOnlyList<Deal> deals)
    {
        Labs = labs;
        Clouds = clouds;
        this.cells = cells;
        Deals = deals;
    }

    /// <summary>Labs with the most known cells first, then by name: the rows a reader looks for come first.</summary>
    public IReadOnlyList<Company> Labs { get; }

    /// <summary>Clouds with the most known cells first, then by name.</summary>
    public IReadOnlyList<Cloud> Clouds { get; }

    /// <summary>The deals in the order they apply: undated first (by slug), then oldest first.</summary>
    public IReadOnlyList<Deal> Deals { get; }

    /// <summary>The order deals apply in; a month-only date counts as the month's first day.</summary>
    public static IReadOnlyList<Deal> InOrder(IEnumerable<Deal> deals) =>
        deals.OrderBy(d => d.Announced ?? DateOnly.MinValue).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList();

    /// <summary>Deals are applied oldest first (undated ones first, then by slug; a month-only date counts as
    /// the month's first day), so the latest change wins.</summary>
    public static Matrix Build(IReadOnlyList<Company> labs, IReadOnlyList<Cloud> clouds, IEnumerable<Deal> deals)
    {
        var ordered = InOrder(deals);
        var cells = new Dictionary<(string, string), MatrixCell>();
        var labsBySlug = labs.ToDictionary(l => l.Slug, StringComparer.Ordinal);
        var cloudsBySlug = clouds.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        foreach (var deal in ordered)
        {
            Apply(deal, cells, labsBySlug, cloudsBySlug);
        }

        var perLab = cells.Keys.CountBy(k => k.Item1).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var perCloud = cells.Keys.CountBy(k => k.Item2).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var labOrder = labs.OrderByDescending(l => perLab.GetValueOrDefault(l.Slug)).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Slug, StringComparer.Ordinal).ToList();
        var cloudOrder = clouds.OrderByDescending(c => perCloud.GetValueOrDefault(c.Slug)).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Slug, StringComparer.Ordinal).ToList();
        return new Matrix(labOrder, cloudOrder, cells, ordered);
    }

    private static void Apply(Deal deal, Dictionary<(string, string), MatrixCell> cells,
        Dictionary<string, Company> labsBySlug, Dictionary<string, Cloud> cloudsBySlug)
    {
        foreach (var access in deal.Access)
        {
            if (labsBySlug.TryGetValue(access.Lab.Slug, out var lab) && cloudsBySlug.TryGetValue(access.Cloud.Slug, out var cloud))
            {
                cells[(lab.Slug, cloud.Slug)] = new MatrixCell(lab, cloud, access.Before, access.After, deal, access.Sources);
            }
        }
    }

    /// <summary>Whether a page per deal of <see cref="History"/> stays small enough to build: at most a million
    /// cells in all (the real site has a few hundred).</summary>
    public bool HistoryFits => (long)Labs.Count * Clouds.Count * Deals.Count(d => d.Access.Count > 0) <= 1_000_000;

    /// <summary>The matrix as it stood after each deal that changed it, in <see cref="Deals"/> order, with the same
    /// rows and columns as this one. A cell no later deal changed is the same record in every snapshot, so it renders once.</summary>
    public IReadOnlyList<(Deal Deal, Matrix Matrix)> History()
    {
        var labsBySlug = Labs.ToDictionary(l => l.Slug, StringComparer.Ordinal);
        var cloudsBySlug = Clouds.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var current = new Dictionary<(string, string), MatrixCell>();
        var result = new List<(Deal, Matrix)>(Deals.Count);
        foreach (var deal in Deals.Where(d => d.Access.Count > 0))
        {
            current = new Dictionary<(string, string), MatrixCell>(current);
            foreach (var access in deal.Access)
            {
                if (labsBySlug.TryGetValue(access.Lab.Slug, out var lab) && cloudsBySlug.TryGetValue(access.Cloud.Slug, out var cloud))
                {
                    var key = (lab.Slug, cloud.Slug);
                    current[key] = cells.TryGetValue(key, out var final) && final.Deal == deal
                        ? final
                        : new MatrixCell(lab, cloud, access.Before, access.After, deal, access.Sources);
                }
            }

            result.Add((deal, new Matrix(Labs, Clouds, current, Deals)));
        }

        return result;
    }

    public MatrixCell Cell(Company lab, Cloud cloud) =>
        cells.TryGetValue((lab.Slug, cloud.Slug), out var cell)
            ? cell
            : new MatrixCell(lab, cloud, AccessLevel.Unknown, AccessLevel.Unknown, null, []);

    /// <summary>True when this matrix shows every cloud of <paramref name="full"/> with the same cells, so its rows are the full matrix's rows.</summary>
    public bool HasAllCellsOf(Matrix full) => ReferenceEquals(cells, full.cells) && ReferenceEquals(Clouds, full.Clouds);

    /// <summary>The same matrix restricted to what one deal changed.</summary>
    public Matrix ForDeal(Deal deal)
    {
        var restricted = Build(Labs, Clouds, [deal]);
        var labs = Labs.Where(l => deal.Access.Any(a => a.Lab.Slug == l.Slug)).ToList();
        var clouds = Clouds.Where(c => deal.Access.Any(a => a.Cloud.Slug == c.Slug)).ToList();
        return new Matrix(labs, clouds, restricted.cells, [deal]);
    }

    public Matrix ForLab(Company lab) => new(Labs.Where(l => l.Slug == lab.Slug).ToList(), Clouds, cells, Deals);

    public Matrix ForCloud(Cloud cloud) => new(Labs, Clouds.Where(c => c.Slug == cloud.Slug).ToList(), cells, Deals);
}
