using System.IO.Hashing;

namespace Explainer.Cards;

/// <summary>The two faces a card is set in, read once per build from the theme's <c>cards/</c> folder.</summary>
public sealed class CardFonts
{
    public const string RegularPath = "theme/cards/regular.woff";
    public const string BoldPath = "theme/cards/bold.woff";

    private CardFonts(Font regular, Font bold, UInt128 key)
    {
        Regular = regular;
        Bold = bold;
        Key = key;
    }

    /// <summary>Stands for the two files' bytes: fonts with equal keys paint the same cards.</summary>
    public UInt128 Key { get; }

    internal Font Regular { get; }

    internal Font Bold { get; }

    /// <summary>Null when either file is missing or is not a WOFF font with TrueType outlines.</summary>
    public static CardFonts? Read(byte[]? regular, byte[]? bold) =>
        regular is null || bold is null ? null
        : Font.Read(regular) is { } r && Font.Read(bold) is { } b ? new CardFonts(r, b, KeyOf(regular, bold)) : null;

    private static UInt128 KeyOf(byte[] regular, byte[] bold)
    {
        var hash = new XxHash128();
        hash.Append(BitConverter.GetBytes(regular.Length));
        hash.Append(regular);
        hash.Append(bold);
        return hash.GetCurrentHashAsUInt128();
    }
}
