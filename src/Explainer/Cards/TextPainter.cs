namespace Explainer.Cards;

/// <summary>Measures, wraps and draws one line of text in a <see cref="Font"/> at a size in pixels.</summary>
internal static class TextPainter
{
    private const string Ellipsis = "\u2026";

    public static float Width(Font font, string text, float size)
    {
        var units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            units += font.Advance(font.Glyph(rune.Value));
        }

        return units * size / font.UnitsPerEm;
    }

    /// <summary>Words in lines no wider than <paramref name="width"/>; past <paramref name="maxLines"/> the last line
    /// ends in an ellipsis.</summary>
    public static List<string> Wrap(Font font, string text, float size, float width, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(font, candidate, size) > width)
            {
                lines.Add(line);
                candidate = word;
            }

            line = candidate;
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count > maxLines)
        {
            lines.RemoveRange(maxLines, lines.Count - maxLines);
            lines[^1] += Ellipsis;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            lines[i] = Fit(font, lines[i], size, width);
        }

        return lines;
    }

    /// <summary>Cuts a line that is too wide, ending it in an ellipsis.</summary>
    public static string Fit(Font font, string text, float size, float width)
    {
        if (Width(font, text, size) <= width)
        {
            return text;
        }

        var cut = text.TrimEnd('\u2026');
        while (cut.Length > 0 && Width(font, cut.TrimEnd() + Ellipsis, size) > width)
        {
            cut = cut[..^(char.IsLowSurrogate(cut[^1]) && cut.Length > 1 ? 2 : 1)];
        }

        return cut.TrimEnd() + Ellipsis;
    }

    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="baseline"/>, starting at
    /// <paramref name="x"/>: each glyph's mask, at the quarter pixel nearest its pen position, is added into one
    /// coverage for the line, which is then painted once.</summary>
    public static void Draw(Canvas canvas, Font font, string text, float size, float x, float baseline, Rgb colour)
    {
        var scale = size / font.UnitsPerEm;
        var (row, stepY) = Snap(baseline);
        var placed = new List<(GlyphMask Mask, int Left, int Top)>();
        var (left, top, right, bottom) = (int.MaxValue, int.MaxValue, int.MinValue, int.MinValue);
        var pen = x;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = font.Glyph(rune.Value);
            var (column, stepX) = Snap(pen);
            var mask = font.Mask(glyph, size, stepX, stepY);
            if (mask.Height > 0)
            {
                var (l, t) = (column + mask.Left, row + mask.Top);
                placed.Add((mask, l, t));
                (left, top) = (Math.Min(left, l), Math.Min(top, t));
                (right, bottom) = (Math.Max(right, l + mask.Width), Math.Max(bottom, t + mask.Height));
            }

            pen += font.Advance(glyph) * scale;
        }

        if (placed.Count == 0)
        {
            return;
        }

        using var coverage = new Coverage(right - left, bottom - top);
        foreach (var (mask, l, t) in placed)
        {
            coverage.Add(mask, l - left, t - top);
        }

        canvas.Fill(coverage, left, top, colour);
    }

    /// <summary>The whole pixel at or before <paramref name="position"/> and the quarter pixels past it.</summary>
    private static (int Whole, int Steps) Snap(float position)
    {
        var steps = (int)MathF.Round(position * GlyphMask.Steps);
        return (steps >> 2, steps & 3);   // GlyphMask.Steps is 4: a floor division and its remainder
    }

    /// <summary>A closed TrueType contour: on-curve points joined by lines, or by quadratic curves through the off-curve
    /// points between them (two off-curve points in a row imply an on-curve point halfway).</summary>
    public static void AddContour(Coverage coverage, List<(float X, float Y, bool On)> points)
    {
        var n = points.Count;
        if (n < 2)
        {
            return;
        }

        var first = points.FindIndex(p => p.On);
        var start = first >= 0 ? (points[first].X, points[first].Y) : Middle(points[0], points[1]);
        var offset = Math.Max(first, 0);
        var current = start;
        (float X, float Y)? control = null;
        for (var k = 1; k <= n; k++)
        {
            var p = points[(offset + k) % n];
            if (p.On)
            {
                if (control is { } c)
                {
                    coverage.Curve(current.X, current.Y, c.X, c.Y, p.X, p.Y);
                }
                else
                {
                    coverage.Line(current.X, current.Y, p.X, p.Y);
                }

                (current, control) = ((p.X, p.Y), null);
            }
            else if (control is { } c)
            {
                var middle = Middle((c.X, c.Y, false), p);
                coverage.Curve(current.X, current.Y, c.X, c.Y, middle.X, middle.Y);
                (current, control) = (middle, (p.X, p.Y));
            }
            else
            {
                control = (p.X, p.Y);
            }
        }

        if (control is { } last)
        {
            coverage.Curve(current.X, current.Y, last.X, last.Y, start.X, start.Y);
        }
        else if (current != start)
        {
            coverage.Line(current.X, current.Y, start.X, start.Y);
        }
    }

    private static (float X, float Y) Middle((float X, float Y, bool On) a, (float X, float Y, bool On) b) =>
        ((a.X + b.X) / 2, (a.Y + b.Y) / 2);
}
