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

    private Matrix(IReadOnlyList<Company> labs, IReadOnlyList<Cloud> clouds, Dictionary<(string, string), MatrixCell> cells)
    {
        Labs = labs;
        Clouds = clouds;
        this.cells = cells;
    }

    public IReadOnlyList<Company> Labs { get; }
    public IReadOnlyList<Cloud> Clouds { get; }

    /// <summary>Deals are applied oldest first (undated ones first, then by slug; a month-only date counts as
    /// the month's first day), so the latest change wins.</summary>
    public static Matrix Build(IReadOnlyList<Company> labs, IReadOnlyList<Cloud> clouds, IEnumerable<Deal> deals)
    {
        var cells = new Dictionary<(string, string), MatrixCell>();
        var labsBySlug = labs.ToDictionary(l => l.Slug, StringComparer.Ordinal);
        var cloudsBySlug = clouds.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        foreach (var deal in deals.OrderBy(d => d.Announced ?? DateOnly.MinValue).ThenBy(d => d.Slug, StringComparer.Ordinal))
        {
            foreach (var access in deal.Access)
            {
                if (labsBySlug.TryGetValue(access.Lab.Slug, out var lab) && cloudsBySlug.TryGetValue(access.Cloud.Slug, out var cloud))
                {
                    cells[(lab.Slug, cloud.Slug)] = new MatrixCell(lab, cloud, access.Before, access.After, deal, access.Sources);
                }
            }
        }

        return new Matrix(labs, clouds, cells);
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
        return new Matrix(labs, clouds, restricted.cells);
    }

    public Matrix ForLab(Company lab) => new(Labs.Where(l => l.Slug == lab.Slug).ToList(), Clouds, cells);

    public Matrix ForCloud(Cloud cloud) => new(Labs, Clouds.Where(c => c.Slug == cloud.Slug).ToList(), cells);
}
