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

    /// <summary>Draws <paramref name="text"/> with its baseline at <paramref name="baseline"/>, starting at <paramref name="x"/>.</summary>
    public static void Draw(Canvas canvas, Font font, string text, float size, float x, float baseline, Rgb colour)
    {
        var scale = size / font.UnitsPerEm;
        var left = (int)MathF.Floor(x);
        var top = (int)MathF.Floor(baseline - font.Ascender * scale) - 1;
        var width = (int)MathF.Ceiling(Width(font, text, size) + size) + 2;
        var height = (int)MathF.Ceiling((font.Ascender - font.Descender) * scale) + 3;
        using var coverage = new Coverage(Math.Min(width, canvas.Width + 2), height);
        var pen = x - left;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = font.Glyph(rune.Value);
            foreach (var contour in font.Outline(glyph))
            {
                var origin = (X: pen, Y: baseline - top);
                AddContour(coverage, contour.Select(p => (origin.X + p.X * scale, origin.Y - p.Y * scale, p.On)).ToList());
            }

            pen += font.Advance(glyph) * scale;
        }

        canvas.Fill(coverage, left, top, colour);
    }

    /// <summary>A closed TrueType contour: on-curve points joined by lines, or by quadratic curves through the off-curve
    /// points between them (two off-curve points in a row imply an on-curve point halfway).</summary>
    private static void AddContour(Coverage coverage, List<(float X, float Y, bool On)> points)
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
