using System.Buffers;

namespace Explainer.Cards;

/// <summary>An image of palette colours (at most 256): flat areas and anti-aliased text blended in 16 steps. A
/// card has a few colours, so its pixels are one byte each and compress to a small PNG quickly.</summary>
internal sealed class Canvas : IDisposable
{
    private const int Steps = 15;
    private readonly byte[] pixels;
    private readonly List<Rgb> palette = [];
    private readonly Dictionary<Rgb, byte> indexes = [];

    public Canvas(int width, int height, Rgb background)
    {
        Width = width;
        Height = height;
        pixels = ArrayPool<byte>.Shared.Rent(width * height);
        pixels.AsSpan(0, width * height).Fill(Index(background));
    }

    /// <summary>The pixels come from a pool (a card's are 756 KB, which would otherwise be a large-object allocation
    /// and a full collection every few cards): dispose to return them.</summary>
    public void Dispose() => ArrayPool<byte>.Shared.Return(pixels);

    public int Width { get; }

    public int Height { get; }

    public void FillRectangle(int left, int top, int width, int height, Rgb colour)
    {
        var index = Index(colour);
        for (var y = Math.Max(0, top); y < Math.Min(Height, top + height); y++)
        {
            var start = Math.Max(0, left);
            var end = Math.Min(Width, left + width);
            if (end > start)
            {
                pixels.AsSpan(y * Width + start, end - start).Fill(index);
            }
        }
    }

    /// <summary>Paints <paramref name="coverage"/>, whose top left corner is at (<paramref name="left"/>,
    /// <paramref name="top"/>), in <paramref name="colour"/> over what is there.</summary>
    public void Fill(Coverage coverage, int left, int top, Rgb colour)
    {
        // What each palette colour becomes under each step of coverage, looked up once per pair.
        var blends = new short[256 * (Steps + 1)];
        Array.Fill(blends, (short)-1);
        for (var y = Math.Max(0, -top); y < coverage.Height && top + y < Height; y++)
        {
            var row = coverage.Row(y);
            var line = pixels.AsSpan((top + y) * Width, Width);
            var sum = 0f;
            for (var x = 0; x < row.Length && left + x < Width; x++)
            {
                sum += row[x];
                var step = (int)(Math.Min(Math.Abs(sum), 1f) * Steps + 0.5f);
                if (step == 0 || left + x < 0)
                {
                    continue;
                }

                ref var pixel = ref line[left + x];
                ref var blend = ref blends[pixel * (Steps + 1) + step];
                if (blend < 0)
                {
                    blend = step == Steps ? Index(colour, pixel) : Index(palette[pixel].Blend(colour, step / (float)Steps), pixel);
                }

                pixel = (byte)blend;
            }
        }
    }

    public byte[] ToPng() => Png.Indexed(Width, Height, palette, pixels);

    /// <summary>The palette index of a colour, added when new; once the palette is full, <paramref name="fallback"/>.</summary>
    private byte Index(Rgb colour, byte fallback = 0)
    {
        if (indexes.TryGetValue(colour, out var index))
        {
            return index;
        }

        if (palette.Count == 256)
        {
            return fallback;
        }

        index = (byte)palette.Count;
        palette.Add(colour);
        indexes[colour] = index;
        return index;
    }
}

internal readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary><c>#0a55c8</c>.</summary>
    public static Rgb Hex(string hex) => new(
        Convert.ToByte(hex.Substring(1, 2), 16), Convert.ToByte(hex.Substring(3, 2), 16), Convert.ToByte(hex.Substring(5, 2), 16));

    public Rgb Blend(Rgb over, float alpha) => new(Mix(R, over.R, alpha), Mix(G, over.G, alpha), Mix(B, over.B, alpha));

    private static byte Mix(byte under, byte over, float alpha) => (byte)MathF.Round(under + (over - under) * alpha);
}
