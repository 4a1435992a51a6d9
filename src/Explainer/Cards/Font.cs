using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;

namespace Explainer.Cards;

/// <summary>A TrueType font read from a WOFF file: glyph outlines, advances and the character map, which is all a
/// card needs (no kerning, no shaping: cards are short Latin texts). Managed code only, so Native AOT needs nothing
/// more. A malformed file gives <c>null</c>, never an exception.</summary>
internal sealed class Font
{
    private readonly byte[] glyf;
    private readonly byte[] loca;
    private readonly byte[] hmtx;
    private readonly bool longLoca;
    private readonly int hMetrics;
    private readonly int glyphCount;
    private readonly Dictionary<int, int> glyphs;
    private readonly ConcurrentDictionary<(int Glyph, float Size, int StepX, int StepY), GlyphMask> masks = new();

    private Font(Dictionary<string, byte[]> tables)
    {
        var head = tables["head"];
        var hhea = tables["hhea"];
        glyf = tables["glyf"];
        loca = tables["loca"];
        hmtx = tables["hmtx"];
        UnitsPerEm = U16(head, 18);
        longLoca = I16(head, 50) == 1;
        Ascender = I16(hhea, 4);
        Descender = I16(hhea, 6);
        hMetrics = U16(hhea, 34);
        glyphCount = U16(tables["maxp"], 4);
        glyphs = ReadCmap(tables["cmap"]);
        if (UnitsPerEm == 0 || hMetrics == 0)
        {
            throw new InvalidDataException("no units per em or no metrics");
        }
    }

    public float UnitsPerEm { get; }

    public float Ascender { get; }

    /// <summary>Negative: below the baseline.</summary>
    public float Descender { get; }

    public static Font? Read(byte[] woff)
    {
        try
        {
            return new Font(WoffTables(woff));
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IndexOutOfRangeException or ArgumentException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The glyph for a character; 0 (the font's "missing" box) when it has none.</summary>
    public int Glyph(int codePoint) => glyphs.GetValueOrDefault(codePoint);

    public int Advance(int glyph) => U16(hmtx, 4 * Math.Min(glyph, hMetrics - 1));

    /// <summary>The glyph rasterised at <paramref name="size"/> pixels, its origin <paramref name="stepX"/> and
    /// <paramref name="stepY"/> quarter pixels past a whole pixel; made once per font, so once per build, by
    /// whichever thread asks first (every thread would make the same mask).</summary>
    public GlyphMask Mask(int glyph, float size, int stepX, int stepY) =>
        masks.GetOrAdd((glyph, size, stepX, stepY), static (key, font) => GlyphMask.Rasterise(font, key.Glyph, key.Size, key.StepX, key.StepY), this);

    /// <summary>The glyph's contours in font units (y up), each a closed list of points, off-curve ones being
    /// quadratic control points.</summary>
    public List<List<(float X, float Y, bool On)>> Outline(int glyph)
    {
        var contours = new List<List<(float X, float Y, bool On)>>();
        try
        {
            AddOutline(glyph, (1, 0, 0, 1, 0, 0), contours, depth: 0);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException)
        {
            contours.Clear();
        }

        return contours;
    }

    private void AddOutline(int glyph, (float A, float B, float C, float D, float Dx, float Dy) m,
        List<List<(float X, float Y, bool On)>> contours, int depth)
    {
        if (glyph < 0 || glyph >= glyphCount || depth > 8)
        {
            return;
        }

        var start = longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * glyph)) : 2 * U16(loca, 2 * glyph);
        var end = longLoca ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(4 * glyph + 4)) : 2 * U16(loca, 2 * glyph + 2);
        if (end <= start)
        {
            return;
        }

        var g = glyf.AsSpan(start, end - start);
        var count = (short)BinaryPrimitives.ReadInt16BigEndian(g);
        if (count >= 0)
        {
            foreach (var contour in SimpleOutline(g, count))
            {
                contours.Add(contour.Select(p => (m.A * p.X + m.C * p.Y + m.Dx, m.B * p.X + m.D * p.Y + m.Dy, p.On)).ToList());
            }

            return;
        }

        var at = 10;
        int flags;
        do
        {
            flags = U16(g, at);
            var component = U16(g, at + 2);
            at += 4;
            float dx, dy;
            if ((flags & 1) != 0)
            {
                (dx, dy) = (I16(g, at), I16(g, at + 2));
                at += 4;
            }
            else
            {
                (dx, dy) = ((sbyte)g[at], (sbyte)g[at + 1]);
                at += 2;
            }

            float a = 1, b = 0, c = 0, d = 1;
            if ((flags & 0x08) != 0)
            {
                a = d = F2Dot14(g, at);
                at += 2;
            }
            else if ((flags & 0x40) != 0)
            {
                (a, d) = (F2Dot14(g, at), F2Dot14(g, at + 2));
                at += 4;
            }
            else if ((flags & 0x80) != 0)
            {
                (a, b, c, d) = (F2Dot14(g, at), F2Dot14(g, at + 2), F2Dot14(g, at + 4), F2Dot14(g, at + 6));
                at += 8;
            }

            // Point-matched components (ARGS_ARE_XY_VALUES unset) are rare in Latin fonts: placed at the origin.
            if ((flags & 0x02) == 0)
            {
                (dx, dy) = (0, 0);
            }

            var inner = (m.A * a + m.C * b, m.B * a + m.D * b, m.A * c + m.C * d, m.B * c + m.D * d,
                m.A * dx + m.C * dy + m.Dx, m.B * dx + m.D * dy + m.Dy);
            AddOutline(component, inner, contours, depth + 1);
        }
        while ((flags & 0x20) != 0);
    }

    private static List<List<(float X, float Y, bool On)>> SimpleOutline(ReadOnlySpan<byte> g, int contourCount)
    {
        var ends = new int[contourCount];
        for (var i = 0; i < contourCount; i++)
        {
            ends[i] = U16(g, 10 + 2 * i);
        }

        var points = contourCount == 0 ? 0 : ends[^1] + 1;
        var at = 10 + 2 * contourCount;
        at += 2 + U16(g, at);
        var flags = new byte[points];
        for (var i = 0; i < points; i++)
        {
            var flag = g[at++];
            flags[i] = flag;
            if ((flag & 0x08) != 0)
            {
                for (int repeat = g[at++]; repeat > 0 && i + 1 < points; repeat--)
                {
                    flags[++i] = flag;
                }
            }
        }

        var xs = Coordinates(g, ref at, flags, shortBit: 0x02, sameBit: 0x10);
        var ys = Coordinates(g, ref at, flags, shortBit: 0x04, sameBit: 0x20);
        var contours = new List<List<(float X, float Y, bool On)>>(contourCount);
        var first = 0;
        foreach (var last in ends)
        {
            var contour = new List<(float X, float Y, bool On)>();
            for (var i = first; i <= last && i < points; i++)
            {
                contour.Add((xs[i], ys[i], (flags[i] & 1) != 0));
            }

            contours.Add(contour);
            first = last + 1;
        }

        return contours;
    }

    private static int[] Coordinates(ReadOnlySpan<byte> g, ref int at, byte[] flags, int shortBit, int sameBit)
    {
        var values = new int[flags.Length];
        var value = 0;
        for (var i = 0; i < flags.Length; i++)
        {
            if ((flags[i] & shortBit) != 0)
            {
                value += (flags[i] & sameBit) != 0 ? g[at] : -g[at];
                at++;
            }
            else if ((flags[i] & sameBit) == 0)
            {
                value += I16(g, at);
                at += 2;
            }

            values[i] = value;
        }

        return values;
    }

    /// <summary>Unicode code point to glyph, from the Windows Unicode subtable (format 4, or 12 for beyond the BMP).</summary>
    private static Dictionary<int, int> ReadCmap(byte[] cmap)
    {
        var map = new Dictionary<int, int>();
        var tables = U16(cmap, 2);
        for (var t = 0; t < tables; t++)
        {
            var platform = U16(cmap, 4 + 8 * t);
            var encoding = U16(cmap, 6 + 8 * t);
            var at = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(8 + 8 * t));
            var format = U16(cmap, at);
            if (platform == 3 && encoding == 1 && format == 4)
            {
                ReadFormat4(cmap.AsSpan(at), map);
            }
            else if (platform == 3 && encoding == 10 && format == 12)
            {
                ReadFormat12(cmap.AsSpan(at), map);
            }
        }

        return map.Count > 0 ? map : throw new InvalidDataException("no Windows Unicode character map");
    }

    private static void ReadFormat4(ReadOnlySpan<byte> s, Dictionary<int, int> map)
    {
        var segments = U16(s, 6) / 2;
        var ends = 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var offsets = deltas + 2 * segments;
        for (var i = 0; i < segments; i++)
        {
            var (first, last) = (U16(s, starts + 2 * i), U16(s, ends + 2 * i));
            var (delta, offset) = (U16(s, deltas + 2 * i), U16(s, offsets + 2 * i));
            for (var c = first; c <= last && c != 0xFFFF; c++)
            {
                var glyph = offset == 0 ? (c + delta) & 0xFFFF : U16(s, offsets + 2 * i + offset + 2 * (c - first));
                if (glyph != 0 && offset != 0)
                {
                    glyph = (glyph + delta) & 0xFFFF;
                }

                map.TryAdd(c, glyph);
            }
        }
    }

    private static void ReadFormat12(ReadOnlySpan<byte> s, Dictionary<int, int> map)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(s[12..]);
        for (var i = 0; i < groups && map.Count < 200_000; i++)
        {
            var group = s[(16 + 12 * i)..];
            var first = BinaryPrimitives.ReadUInt32BigEndian(group);
            var last = Math.Min(BinaryPrimitives.ReadUInt32BigEndian(group[4..]), 0x10FFFF);
            var glyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = first; c <= last && map.Count < 200_000; c++)
            {
                map.TryAdd((int)c, (int)(glyph + c - first));
            }
        }
    }

    /// <summary>WOFF 1.0: a table directory whose tables are zlib-compressed when that made them smaller.</summary>
    private static Dictionary<string, byte[]> WoffTables(byte[] woff)
    {
        if (woff.Length < 44 || woff[0] != 'w' || woff[1] != 'O' || woff[2] != 'F' || woff[3] != 'F')
        {
            throw new InvalidDataException("not a WOFF file");
        }

        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var count = U16(woff, 12);
        for (var i = 0; i < count; i++)
        {
            var entry = woff.AsSpan(44 + 20 * i, 20);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[4..]);
            var compressed = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if (offset < 0 || compressed < 0 || length < 0 || length > 16 << 20 || (long)offset + compressed > woff.Length)
            {
                throw new InvalidDataException($"table {tag} lies outside the file");
            }

            var data = woff.AsSpan(offset, compressed);
            if (compressed == length)
            {
                tables[tag] = data.ToArray();
                continue;
            }

            var table = new byte[length];
            using var zlib = new ZLibStream(new MemoryStream(woff, offset, compressed), CompressionMode.Decompress);
            zlib.ReadExactly(table);
            tables[tag] = table;
        }

        return tables;
    }

    private static int U16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadUInt16BigEndian(s[at..]);

    private static short I16(ReadOnlySpan<byte> s, int at) => BinaryPrimitives.ReadInt16BigEndian(s[at..]);

    private static float F2Dot14(ReadOnlySpan<byte> s, int at) => I16(s, at) / 16384f;
}
