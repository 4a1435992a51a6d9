using System.Text;
using Explainer.Model;

namespace Explainer.Output;

/// <summary>
/// The matrix and each deal's terms as RFC 4180 CSV: a header row, CRLF line ends, UTF-8 without a byte order mark,
/// and every field that holds a comma, a quote or a line break quoted (quotes doubled). Rows come in the order the
/// pages show them, so the same content gives the same bytes. The last column repeats the site's licence on every
/// row, because CSV has no place for a note and rows are often copied on their own.
/// </summary>
public static class CsvExport
{
    /// <summary>Every lab by every cloud while the matrix fits on one page (<see cref="Model.Matrix.PageCells"/>);
    /// beyond that only the known cells, in the same order and columns, so the file grows with the deals, not labs x clouds.</summary>
    public static byte[] Matrix(Site site, Matrix matrix)
    {
        var csv = new StringBuilder();
        Row(csv, ["lab", "lab_name", "cloud", "cloud_name", "before", "after", "deal", "deal_announced", "sources", "license"]);
        var cells = matrix.FitsOnePage
            ? matrix.Labs.SelectMany(lab => matrix.Clouds.Select(cloud => matrix.Cell(lab, cloud)))
            : matrix.KnownCells;
        foreach (var cell in cells)
        {
            Row(csv, [cell.Lab.Slug, cell.Lab.Name, cell.Cloud.Slug, cell.Cloud.Name, cell.Before.Name(), cell.After.Name(), cell.Deal?.Slug ?? "",
                cell.Deal is { } d ? Announced(d) : "", string.Join(' ', cell.Sources.Select(c => c.ToString())), site.Config.License ?? ""]);
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static byte[] Terms(Site site, Deal deal)
    {
        var csv = new StringBuilder();
        Row(csv, ["deal", "term", "label", "before", "after", "change", "sources", "license"]);
        foreach (var term in deal.Terms)
        {
            Row(csv, [deal.Slug, term.Id, term.Label, term.Before ?? "", term.After ?? "", term.Change.Name(),
                string.Join(' ', term.Sources.Select(c => c.ToString())), site.Config.License ?? ""]);
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static string Announced(Deal deal) =>
        deal.Announced?.ToString(deal.AnnouncedMonthOnly ? "yyyy-MM" : "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static void Row(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            Field(csv, fields[i]);
        }

        csv.Append("\r\n");
    }

    /// <summary>A field is quoted when it holds a comma, a quote, a line break, or leading or trailing spaces.</summary>
    internal static void Field(StringBuilder csv, string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0 && value.Trim() == value)
        {
            csv.Append(value);
            return;
        }

        csv.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
