using System.Collections.Concurrent;
using System.Text;

namespace Explainer.Cards;

/// <summary>The cards of the latest site, by what they say and the fonts they are set in: the preview paints again only
/// the cards whose text changed (a company's new name changes the cards of its deals; an article's title, none). It
/// keeps one site's cards: each complete <see cref="Run"/> replaces the previous one's, so it never grows past
/// the cards of one site.</summary>
public sealed class CardCache
{
    private ConcurrentDictionary<(UInt128 Fonts, string Text), byte[]> kept = new();
    private int painted;

    /// <summary>Cards painted so far (the others were the same text in the same fonts as in the run before theirs).</summary>
    public int Painted => Volatile.Read(ref painted);

    /// <summary>Runs <paramref name="each"/>, which makes the cards of one site with the function it is given: that
    /// returns a card's bytes, kept from the previous run or painted now.</summary>
    public void Run(CardFonts fonts, Action<Func<CardText, byte[]>> each)
    {
        var before = kept;
        var now = new ConcurrentDictionary<(UInt128, string), byte[]>();
        each(text =>
        {
            var key = (fonts.Key, KeyOf(text));
            if (!before.TryGetValue(key, out var bytes))
            {
                bytes = CardPainter.Paint(fonts, text);
                Interlocked.Increment(ref painted);
            }

            now[key] = bytes;
            return bytes;
        });
        kept = now;
    }

    /// <summary>Every part of the text, each after its length, so no two texts give one key.</summary>
    private static string KeyOf(CardText text)
    {
        var key = new StringBuilder();
        void Add(string part) => key.Append(part.Length).Append(':').Append(part);
        Add(text.Eyebrow);
        Add(text.Title);
        key.Append(text.Lines.Count).Append(';');
        foreach (var line in text.Lines)
        {
            Add(line);
        }

        foreach (var (badge, change) in text.Badges)
        {
            Add(badge);
            Add(change);
        }

        return key.ToString();
    }
}
