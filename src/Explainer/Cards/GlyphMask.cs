namespace Explainer.Cards;

/// <summary>One glyph at one size and quarter-pixel position, rasterised into its own small <see cref="Coverage"/>
/// whose signed areas are kept. Adding them into a line's coverage gives what drawing the glyph there would have
/// given, because the running sum that turns areas into coverage is linear: a title repeats letters, so each is
/// rasterised once per build instead of once per use.</summary>
internal sealed class GlyphMask
{
    /// <summary>Positions are snapped to a quarter of a pixel, so four masks per glyph and size cover every pen.</summary>
    public const int Steps = 4;

    private GlyphMask(int left, int top, int width, int height, float[] cells)
    {
        Left = left;
        Top = top;
        Width = width;
        Height = height;
        Cells = cells;
    }

    /// <summary>Where the mask's top left cell is, from the whole pixel the glyph's origin was snapped to.</summary>
    public int Left { get; }

    public int Top { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Signed areas, row by row, <see cref="Width"/> to a row.</summary>
    public float[] Cells { get; }

    public static GlyphMask Rasterise(Font font, int glyph, float size, int stepX, int stepY)
    {
        var scale = size / font.UnitsPerEm;
        var contours = font.Outline(glyph);
        if (contours.Count == 0 || contours.All(c => c.Count == 0))
        {
            return new GlyphMask(0, 0, 0, 0, []);
        }

        // Control points bound a quadratic curve, so the points' box holds the whole glyph.
        var (minX, maxX, minY, maxY) = (float.MaxValue, float.MinValue, float.MaxValue, float.MinValue);
        foreach (var point in contours.SelectMany(c => c))
        {
            (minX, maxX) = (Math.Min(minX, point.X), Math.Max(maxX, point.X));
            (minY, maxY) = (Math.Min(minY, point.Y), Math.Max(maxY, point.Y));
        }

        var (originX, originY) = (stepX / (float)Steps, stepY / (float)Steps);
        var left = (int)MathF.Floor(originX + minX * scale);
        var top = (int)MathF.Floor(originY - maxY * scale);
        var width = (int)MathF.Ceiling(originX + maxX * scale - left) + 1;
        var height = (int)MathF.Ceiling(originY - minY * scale - top) + 1;
        using var coverage = new Coverage(width, height);
        var (x0, y0) = (originX - left, originY - top);
        foreach (var contour in contours)
        {
            TextPainter.AddContour(coverage, contour.Select(p => (x0 + p.X * scale, y0 - p.Y * scale, p.On)).ToList());
        }

        var stride = coverage.Stride;
        var cells = new float[stride * height];
        for (var y = 0; y < height; y++)
        {
            coverage.Cells(y).CopyTo(cells.AsSpan(y * stride));
        }

        return new GlyphMask(left, top, stride, height, cells);
    }
}
