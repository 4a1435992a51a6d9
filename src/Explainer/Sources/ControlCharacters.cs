using System.Buffers;
using System.Text;

namespace Explainer.Sources;

/// <summary>
/// Characters no text of a site may hold: the C0 controls other than tab and line breaks (NUL, ESC, vertical tab,
/// ...), DEL, the C1 controls, U+FFFE, U+FFFF and a surrogate without its pair. They are invisible in an editor,
/// XML forbids most of them (one in a title made feed.xml unreadable), and a terminal obeys them.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Chars = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017"
        + "\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + string.Concat(Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c))
        + string.Concat(Enumerable.Range(0xD800, 0xE000 - 0xD800).Select(c => (char)c))
        + "\uFFFE\uFFFF");

    /// <summary>The single-byte controls, and the first bytes of the C1 controls (C2 80..9F) and U+FFFE/U+FFFF (EF BF BE/BF).</summary>
    private static readonly SearchValues<byte> Bytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\r')).Select(b => (byte)b), 0x7F, 0xC2, 0xEF]);

    /// <summary>Where the first such character is in <paramref name="text"/>, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<char> text)
    {
        for (var start = 0; ;)
        {
            var found = text[start..].IndexOfAny(Chars);
            if (found < 0)
            {
                return -1;
            }

            var at = start + found;
            if (!char.IsHighSurrogate(text[at]) || at + 1 == text.Length || !char.IsLowSurrogate(text[at + 1]))
            {
                return at;
            }

            start = at + 2;
        }
    }

    /// <summary>Where the first such character starts in valid UTF-8, or -1.</summary>
    public static int IndexIn(ReadOnlySpan<byte> utf8)
    {
        for (var start = 0; ;)
        {
            var found = utf8[start..].IndexOfAny(Bytes);
            if (found < 0)
            {
                return -1;
            }

            var at = start + found;
            var next = at + 1 < utf8.Length ? utf8[at + 1] : 0;
            var isControl = utf8[at] switch
            {
                0xC2 => next is >= 0x80 and <= 0x9F,
                0xEF => next == 0xBF && at + 2 < utf8.Length && utf8[at + 2] is 0xBE or 0xBF,
                _ => true,
            };
            if (isControl)
            {
                return at;
            }

            start = at + 1;
        }
    }

    /// <summary>The character as a writer can search for it: <c>U+001B</c>.</summary>
    public static string Name(int codePoint) => $"U+{codePoint:X4}";

    public static string NameAt(ReadOnlySpan<byte> utf8, int index) =>
        Rune.DecodeFromUtf8(utf8[index..], out var rune, out _) == OperationStatus.Done ? Name(rune.Value) : "?";
}
