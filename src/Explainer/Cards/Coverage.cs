using System.Buffers;
using System.Numerics;

namespace Explainer.Cards;

/// <summary>How much of each pixel of a rectangle a set of closed outlines covers (0 to 1), with exact-area
/// anti-aliasing: each line adds the signed area it sweeps to an accumulation buffer, and a running sum along each
/// row gives the coverage (the method of font-rs and stb_truetype 2). Float arithmetic in a fixed order, so the
/// same outlines give the same bytes on every machine.</summary>
internal sealed class Coverage : IDisposable
{
    private readonly float[] cells;
    private readonly int stride;

    /// <summary>The cells come from a pool (a line of title text needs 400 KB): dispose to return them.</summary>
    public Coverage(int width, int height)
    {
        Width = width;
        Height = height;
        stride = width + 2;
        cells = ArrayPool<float>.Shared.Rent(stride * height);
        Array.Clear(cells, 0, stride * height);
    }

    public void Dispose() => ArrayPool<float>.Shared.Return(cells);

    public int Width { get; }

    public int Height { get; }

    /// <summary>The cells of a row: <see cref="Width"/> and two more, into which a line at the right edge spills.</summary>
    public int Stride => stride;

    /// <summary>The signed areas of row <paramref name="y"/>: their running sum, capped at 1 either way, is each
    /// pixel's coverage.</summary>
    public ReadOnlySpan<float> Row(int y) => cells.AsSpan(y * stride, Width);

    /// <summary>Every cell of row <paramref name="y"/>, <see cref="Stride"/> of them.</summary>
    public ReadOnlySpan<float> Cells(int y) => cells.AsSpan(y * stride, stride);

    /// <summary>Adds a glyph's signed areas with its top left cell at (<paramref name="left"/>, <paramref name="top"/>),
    /// which must leave the whole mask inside the rows' <see cref="Width"/>.</summary>
    public void Add(GlyphMask mask, int left, int top)
    {
        var size = Vector<float>.Count;
        for (var y = 0; y < mask.Height; y++)
        {
            var from = mask.Cells.AsSpan(y * mask.Width, mask.Width);
            var to = cells.AsSpan((top + y) * stride + left, mask.Width);
            var x = 0;
            for (; x <= from.Length - size; x += size)
            {
                (new Vector<float>(to[x..]) + new Vector<float>(from[x..])).CopyTo(to[x..]);
            }

            for (; x < from.Length; x++)
            {
                to[x] += from[x];
            }
        }
    }

    /// <summary>A quadratic Bézier curve, as enough straight lines that the error stays under a third of a pixel.</summary>
    public void Curve(float x0, float y0, float cx, float cy, float x1, float y1)
    {
        var (ddx, ddy) = (x0 - 2 * cx + x1, y0 - 2 * cy + y1);
        var deviation = ddx * ddx + ddy * ddy;
        if (deviation < 0.333f)
        {
            Line(x0, y0, x1, y1);
            return;
        }

        var steps = Math.Min(1 + (int)MathF.Floor(MathF.Sqrt(MathF.Sqrt(3 * deviation))), 64);
        var (px, py) = (x0, y0);
        for (var i = 1; i <= steps; i++)
        {
            var t = i / (float)steps;
            var u = 1 - t;
            var (x, y) = (u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1);
            Line(px, py, x, y);
            (px, py) = (x, y);
        }
    }

    public void Line(float x0, float y0, float x1, float y1)
    {
        (x0, x1) = (Math.Clamp(x0, 0, Width), Math.Clamp(x1, 0, Width));
        if (MathF.Abs(y0 - y1) <= float.Epsilon || float.IsNaN(x0 + x1 + y0 + y1))
        {
            return;
        }

        var direction = 1f;
        if (y0 > y1)
        {
            (x0, y0, x1, y1, direction) = (x1, y1, x0, y0, -1f);
        }

        var slope = (x1 - x0) / (y1 - y0);
        var x = x0;
        if (y0 < 0)
        {
            x -= y0 * slope;
        }

        for (var y = Math.Max(0, (int)y0); y < Math.Min(Height, (int)MathF.Ceiling(y1)); y++)
        {
            var dy = Math.Min(y + 1, y1) - Math.Max(y, y0);
            var next = x + slope * dy;
            Span(y * stride, x, next, dy * direction);
            x = next;
        }
    }

    /// <summary>One row's share of a line that crosses it from <paramref name="x"/> to <paramref name="next"/>.</summary>
    private void Span(int row, float x, float next, float d)
    {
        var (left, right) = x < next ? (x, next) : (next, x);
        var leftFloor = MathF.Floor(left);
        var l = (int)leftFloor;
        var r = (int)MathF.Ceiling(right);
        if (r <= l + 1)
        {
            var middle = 0.5f * (x + next) - leftFloor;
            cells[row + l] += d - d * middle;
            cells[row + l + 1] += d * middle;
            return;
        }

        var s = 1 / (right - left);
        var leftPart = left - leftFloor;
        var a0 = 0.5f * s * (1 - leftPart) * (1 - leftPart);
        var rightPart = right - r + 1;
        var am = 0.5f * s * rightPart * rightPart;
        cells[row + l] += d * a0;
        if (r == l + 2)
        {
            cells[row + l + 1] += d * (1 - a0 - am);
        }
        else
        {
            var a1 = s * (1.5f - leftPart);
            cells[row + l + 1] += d * (a1 - a0);
            for (var i = l + 2; i < r - 1; i++)
            {
                cells[row + i] += d * s;
            }

            var a2 = a1 + (r - l - 3) * s;
            cells[row + r - 1] += d * (1 - a2 - am);
        }

        cells[row + r] += d * am;
    }
}
