namespace Explainer.Model;

/// <summary>One lab on one cloud: the level after the latest deal that changed it, and before that deal.</summary>
public sealed record MatrixCell(Company Lab, Cloud Cloud, AccessLevel Before, AccessLevel After, Deal? Deal, IReadOnlyList<Cite> Sources)
{
    public bool IsKnown => Deal is not null;
}

/// <summary>A lab's row or a cloud's column beyond its known cells: how many pairs are unknown, and which, when few.</summary>
public sealed record MatrixOthers(int Count, IReadOnlyList<Company> Labs, IReadOnlyList<Cloud> Clouds);

/// <summary>One page of a matrix too large for one: a run of labs by name, with the clouds their deals cover.</summary>
public sealed record MatrixPart(int Number, Matrix Matrix, IReadOnlyList<Company> Labs)
{
    public string Url => $"/matrix/labs/{Number}/";
}

/// <summary>Labs (companies with the lab role) by clouds. A pair no deal mentions is unknown, never guessed.
/// Only known cells are stored: a site with thousands of labs and clouds costs what its deals say, not labs x clouds.</summary>
public sealed class Matrix
{
    /// <summary>The most cells <c>/matrix/</c> shows on one page (25 labs by 16 clouds, or 20 by 20). A larger
    /// matrix is an index of parts of at most this many cells each, and <c>data/matrix.csv</c> lists its known cells only.</summary>
    public const int PageCells = 400;

    /// <summary>Up to this many unknown clouds (or labs) are named beside a lab's row (or a cloud's column); more are counted.</summary>
    public const int NamedOthers = 12;

    private readonly Dictionary<(string Lab, string Cloud), MatrixCell> cells;
    private readonly Index index;

    private Matrix(IReadOnlyList<Company> labs, IReadOnlyList<Cloud> clouds, Dictionary<(string, string), MatrixCell> cells,
        IReadOnlyList<Deal> deals, Index index, MatrixOthers? others = null)
    {
        Labs = labs;
        Clouds = clouds;
        this.cells = cells;
        Deals = deals;
        this.index = index;
        Others = others;
    }

    /// <summary>Labs with the most known cells first, then by name: the rows a reader looks for come first.</summary>
    public IReadOnlyList<Company> Labs { get; }

    /// <summary>Clouds with the most known cells first, then by name.</summary>
    public IReadOnlyList<Cloud> Clouds { get; }

    /// <summary>The deals in the order they apply: undated first (by slug), then oldest first.</summary>
    public IReadOnlyList<Deal> Deals { get; }

    /// <summary>For one lab's row or one cloud's column: the pairs left out because no deal covers them.</summary>
    public MatrixOthers? Others { get; }

    /// <summary>Whether every lab by every cloud fits on one page (at most <see cref="PageCells"/> cells).</summary>
    public bool FitsOnePage => (long)Labs.Count * Clouds.Count <= PageCells;

    /// <summary>The number of cells a deal covers (in the full matrix, for its parts, rows and columns).</summary>
    public int KnownCount => cells.Count;

    /// <summary>The known cells of a lab of the full matrix, in column order.</summary>
    public IReadOnlyList<MatrixCell> KnownOf(Company lab) => index.ByLab.GetValueOrDefault(lab.Slug) ?? [];

    /// <summary>The known cells on a cloud of the full matrix, in row order.</summary>
    public IReadOnlyList<MatrixCell> KnownOn(Cloud cloud) => index.ByCloud.GetValueOrDefault(cloud.Slug) ?? [];

    /// <summary>Every known cell, row by row in the matrix's order.</summary>
    public IEnumerable<MatrixCell> KnownCells => Labs.SelectMany(KnownOf);

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
        return new Matrix(labOrder, cloudOrder, cells, ordered, new Index(labOrder, cloudOrder, cells));
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

    /// <summary>Whether a page per deal of <see cref="History"/> stays small enough to build: the whole matrix fits
    /// on one page, and at most a million cells in all (the real site has a few hundred).</summary>
    public bool HistoryFits => FitsOnePage && (long)Labs.Count * Clouds.Count * Deals.Count(d => d.Access.Count > 0) <= 1_000_000;

    /// <summary>The matrix as it stood after each deal that changed it, in <see cref="Deals"/> order, with the same
    /// rows and columns as this one. A cell no later deal changed is the same record in every snapshot, so it renders once.</summary>
    public IReadOnlyList<(Deal Deal, Matrix Matrix)> History()
    {
        var current = new Dictionary<(string, string), MatrixCell>();
        var result = new List<(Deal, Matrix)>(Deals.Count);
        foreach (var deal in Deals.Where(d => d.Access.Count > 0))
        {
            current = new Dictionary<(string, string), MatrixCell>(current);
            foreach (var access in deal.Access)
            {
                if (index.LabAt.TryGetValue(access.Lab.Slug, out var row) && index.CloudAt.TryGetValue(access.Cloud.Slug, out var column))
                {
                    var key = (access.Lab.Slug, access.Cloud.Slug);
                    current[key] = cells.TryGetValue(key, out var final) && final.Deal == deal
                        ? final
                        : new MatrixCell(index.Labs[row], index.Clouds[column], access.Before, access.After, deal, access.Sources);
                }
            }

            result.Add((deal, new Matrix(Labs, Clouds, current, Deals, index.With(current))));
        }

        return result;
    }

    public MatrixCell Cell(Company lab, Cloud cloud) =>
        cells.TryGetValue((lab.Slug, cloud.Slug), out var cell)
            ? cell
            : new MatrixCell(lab, cloud, AccessLevel.Unknown, AccessLevel.Unknown, null, []);

    /// <summary>True when this matrix shows every cloud of <paramref name="full"/> with the same cells, so its rows are the full matrix's rows.</summary>
    public bool HasAllCellsOf(Matrix full) => ReferenceEquals(cells, full.cells) && ReferenceEquals(Clouds, full.Clouds);

    /// <summary>The same matrix restricted to what one deal changed: work in proportion to the deal's access changes.</summary>
    public Matrix ForDeal(Deal deal)
    {
        var restricted = new Dictionary<(string, string), MatrixCell>();
        foreach (var access in deal.Access)
        {
            if (index.LabAt.TryGetValue(access.Lab.Slug, out var row) && index.CloudAt.TryGetValue(access.Cloud.Slug, out var column))
            {
                restricted[(access.Lab.Slug, access.Cloud.Slug)] = new MatrixCell(index.Labs[row], index.Clouds[column], access.Before, access.After, deal, access.Sources);
            }
        }

        var labs = restricted.Keys.Select(k => index.LabAt[k.Item1]).Distinct().Order().Select(i => index.Labs[i]).ToList();
        var clouds = restricted.Keys.Select(k => index.CloudAt[k.Item2]).Distinct().Order().Select(i => index.Clouds[i]).ToList();
        return new Matrix(labs, clouds, restricted, [deal], index.With(restricted));
    }

    /// <summary>A lab's row: the clouds its deals cover, with the other clouds counted (and named when few).</summary>
    public Matrix ForLab(Company lab)
    {
        var known = KnownOf(lab);
        var others = Clouds.Count - known.Count;
        var named = others <= NamedOthers ? Clouds.Where(c => !cells.ContainsKey((lab.Slug, c.Slug))).ToList() : [];
        return new Matrix([lab], known.Select(c => c.Cloud).ToList(), cells, Deals, index, new MatrixOthers(others, [], named));
    }

    /// <summary>A cloud's column: the labs deals cover on it, with the other labs counted (and named when few).</summary>
    public Matrix ForCloud(Cloud cloud)
    {
        var known = KnownOn(cloud);
        var others = Labs.Count - known.Count;
        var named = others <= NamedOthers ? Labs.Where(l => !cells.ContainsKey((l.Slug, cloud.Slug))).ToList() : [];
        return new Matrix(known.Select(c => c.Lab).ToList(), [cloud], cells, Deals, index, new MatrixOthers(others, named, []));
    }

    /// <summary>The pages of a matrix too large for one (<see cref="FitsOnePage"/> is false): labs by name, as many
    /// to a page as keep it within <see cref="PageCells"/> cells, each page showing the clouds its labs' deals cover.
    /// A lab whose deals cover more clouds than that has pages of its own. Labs no deal covers are on no page.</summary>
    public IReadOnlyList<MatrixPart> Parts()
    {
        var parts = new List<MatrixPart>();
        var labs = new List<Company>();
        var clouds = new HashSet<int>();
        void Close()
        {
            if (labs.Count > 0)
            {
                var rows = labs.Select(l => index.LabAt[l.Slug]).Order().Select(i => index.Labs[i]).ToList();
                var columns = clouds.Order().Select(i => index.Clouds[i]).ToList();
                parts.Add(new MatrixPart(parts.Count + 1, new Matrix(rows, columns, cells, Deals, index), labs.ToList()));
            }

            labs.Clear();
            clouds.Clear();
        }

        foreach (var lab in Labs.Where(l => KnownOf(l).Count > 0).OrderBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Slug, StringComparer.Ordinal))
        {
            var covered = KnownOf(lab).Select(c => index.CloudAt[c.Cloud.Slug]).ToList();
            if (labs.Count > 0 && (long)(labs.Count + 1) * clouds.Union(covered).Count() > PageCells)
            {
                Close();
            }

            foreach (var chunk in covered.Chunk(PageCells))
            {
                if (labs.Count > 0 && clouds.Count + chunk.Length > PageCells)
                {
                    Close();
                }

                labs.Add(lab);
                clouds.UnionWith(chunk);
            }
        }

        Close();
        return parts;
    }

    /// <summary>Where each lab and cloud sits in the full matrix's order, and one matrix's known cells by lab and by
    /// cloud (built when first asked for), shared by every part, row and column of it.</summary>
    private sealed class Index
    {
        private readonly Lazy<Dictionary<string, List<MatrixCell>>> byLab;
        private readonly Lazy<Dictionary<string, List<MatrixCell>>> byCloud;

        public Index(IReadOnlyList<Company> labs, IReadOnlyList<Cloud> clouds, Dictionary<(string Lab, string Cloud), MatrixCell> cells)
            : this(labs, clouds, labs.Select((l, i) => (l.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal),
                clouds.Select((c, i) => (c.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal), cells)
        {
        }

        private Index(IReadOnlyList<Company> labs, IReadOnlyList<Cloud> clouds, Dictionary<string, int> labAt, Dictionary<string, int> cloudAt,
            Dictionary<(string Lab, string Cloud), MatrixCell> cells)
        {
            Labs = labs;
            Clouds = clouds;
            LabAt = labAt;
            CloudAt = cloudAt;
            byLab = new(() => Group(cells.Values, c => c.Lab.Slug, c => cloudAt[c.Cloud.Slug]));
            byCloud = new(() => Group(cells.Values, c => c.Cloud.Slug, c => labAt[c.Lab.Slug]));
        }

        /// <summary>The full matrix's rows and columns, in order.</summary>
        public IReadOnlyList<Company> Labs { get; }

        public IReadOnlyList<Cloud> Clouds { get; }

        public Dictionary<string, int> LabAt { get; }

        public Dictionary<string, int> CloudAt { get; }

        public Dictionary<string, List<MatrixCell>> ByLab => byLab.Value;

        public Dictionary<string, List<MatrixCell>> ByCloud => byCloud.Value;

        /// <summary>The same positions over other cells (a snapshot of history, or one deal's cells).</summary>
        public Index With(Dictionary<(string Lab, string Cloud), MatrixCell> cells) => new(Labs, Clouds, LabAt, CloudAt, cells);

        private static Dictionary<string, List<MatrixCell>> Group(IEnumerable<MatrixCell> cells, Func<MatrixCell, string> key, Func<MatrixCell, int> order) =>
            cells.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(order).ToList(), StringComparer.Ordinal);
    }
}
