namespace Explainer.Cards;

/// <summary>What a card says: a line above the title, the title, a few lines below it and the change badges.</summary>
public sealed record CardText(string Eyebrow, string Title, IReadOnlyList<string> Lines, IReadOnlyList<(string Text, string Change)> Badges);

/// <summary>Paints a 1200x630 sharing card (the size Open Graph and X's large summary card expect) in the theme's
/// colours: the same text always gives the same bytes.</summary>
internal static class CardPainter
{
    public const int Width = 1200;
    public const int Height = 630;
    private const int Margin = 72;

    private static readonly Rgb Background = Rgb.Hex("#fbfaf7");
    private static readonly Rgb Text = Rgb.Hex("#1d1c1a");
    private static readonly Rgb Muted = Rgb.Hex("#5a564e");
    private static readonly Rgb Accent = Rgb.Hex("#0a55c8");

    /// <summary>The badge colours of theme/static/css/tokens.css, background and text.</summary>
    private static readonly Dictionary<string, (Rgb Bg, Rgb Fg)> BadgeColours = new(StringComparer.Ordinal)
    {
        ["added"] = (Rgb.Hex("#dcf2e2"), Rgb.Hex("#0d5a28")),
        ["removed"] = (Rgb.Hex("#fde3e1"), Rgb.Hex("#a3201b")),
        ["changed"] = (Rgb.Hex("#fdefc8"), Rgb.Hex("#754600")),
        ["unchanged"] = (Rgb.Hex("#eceae5"), Rgb.Hex("#46433d")),
    };

    public static byte[] Paint(CardFonts fonts, CardText card)
    {
        using var canvas = new Canvas(Width, Height, Background);
        canvas.FillRectangle(0, 0, Width, 16, Accent);
        const float textWidth = Width - 2 * Margin;

        TextPainter.Draw(canvas, fonts.Bold, TextPainter.Fit(fonts.Bold, card.Eyebrow, 30, textWidth), 30, Margin, 96, Accent);

        var (size, leading, maxLines) = (60f, 70f, 3);
        var title = TextPainter.Wrap(fonts.Bold, card.Title, size, textWidth, int.MaxValue);
        if (title.Count > maxLines)
        {
            (size, leading, maxLines) = (50f, 60f, 4);
        }

        var baseline = 96f + 20 + leading;
        foreach (var line in TextPainter.Wrap(fonts.Bold, card.Title, size, textWidth, maxLines))
        {
            TextPainter.Draw(canvas, fonts.Bold, line, size, Margin, baseline, Text);
            baseline += leading;
        }

        baseline += 6;
        var badgeTop = Height - Margin - 56;
        for (var i = 0; i < card.Lines.Count && baseline <= badgeTop - 20; i++)
        {
            TextPainter.Draw(canvas, fonts.Regular, TextPainter.Fit(fonts.Regular, card.Lines[i], 34, textWidth), 34, Margin, baseline, i == 0 ? Text : Muted);
            baseline += 46;
        }

        var x = (float)Margin;
        foreach (var (text, change) in card.Badges)
        {
            var (bg, fg) = BadgeColours.GetValueOrDefault(change, BadgeColours["unchanged"]);
            var width = TextPainter.Width(fonts.Bold, text, 28) + 44;
            if (x + width > Width - Margin)
            {
                break;
            }

            Pill(canvas, x, badgeTop, width, 56, bg);
            TextPainter.Draw(canvas, fonts.Bold, text, 28, x + 22, badgeTop + 38, fg);
            x += width + 16;
        }

        return canvas.ToPng();
    }

    /// <summary>A rectangle with fully rounded ends, anti-aliased.</summary>
    private static void Pill(Canvas canvas, float left, float top, float width, float height, Rgb colour)
    {
        using var coverage = new Coverage((int)MathF.Ceiling(width) + 2, (int)MathF.Ceiling(height) + 2);
        var (x0, x1, r) = (left - MathF.Floor(left), left - MathF.Floor(left) + width, height / 2);
        // Each end is two quadratic arcs through the corner: round enough at badge size.
        coverage.Line(x0 + r, 0, x1 - r, 0);
        coverage.Curve(x1 - r, 0, x1, 0, x1, r);
        coverage.Curve(x1, r, x1, height, x1 - r, height);
        coverage.Line(x1 - r, height, x0 + r, height);
        coverage.Curve(x0 + r, height, x0, height, x0, r);
        coverage.Curve(x0, r, x0, 0, x0 + r, 0);
        canvas.Fill(coverage, (int)MathF.Floor(left), (int)MathF.Floor(top), colour);
    }
}
