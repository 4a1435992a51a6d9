using Explainer.Diagnostics;

namespace Explainer.Sources;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>Splits valid UTF-8 whose line ends are not yet normalised (<c>\r\n</c> and a lone <c>\r</c> end a
    /// line too); reports a missing or unclosed fence. The front matter and the body are decoded separately, so the
    /// file is never held as one string and then copied into a second.</summary>
    public static FrontMatter? Split(string path, ReadOnlySpan<byte> utf8, DiagnosticBag diagnostics)
    {
        var first = LineEnd(utf8, 0, out var yamlStart);
        if (!IsFence(utf8[..first]))
        {
            diagnostics.Error(Codes.FrontMatterMissing, SourceLocation.File(path),
                "the article has no front matter",
                "start the file with a line '---', the keys title, summary and date, then another '---'");
            return null;
        }

        var line = 2;
        var position = yamlStart;
        while (position < utf8.Length)
        {
            var end = LineEnd(utf8, position, out var next);
            if (IsFence(utf8[position..end]))
            {
                var body = end == utf8.Length ? "" : TextDecoder.Part(utf8[next..]);
                return new FrontMatter(TextDecoder.Part(utf8[yamlStart..position]), 2, body, line + 1);
            }

            position = next;
            line++;
        }

        diagnostics.Error(Codes.FrontMatterNotClosed, SourceLocation.File(path),
            "the front matter opened on line 1 is never closed",
            "add a line '---' after the last front matter key");
        return null;
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends, and where the next one starts.</summary>
    private static int LineEnd(ReadOnlySpan<byte> utf8, int start, out int next)
    {
        var offset = utf8[start..].IndexOfAny((byte)'\n', (byte)'\r');
        if (offset < 0)
        {
            next = utf8.Length;
            return utf8.Length;
        }

        var end = start + offset;
        next = end + (utf8[end] == '\r' && end + 1 < utf8.Length && utf8[end + 1] == '\n' ? 2 : 1);
        return end;
    }

    /// <summary><c>---</c>, then nothing but spaces and tabs.</summary>
    private static bool IsFence(ReadOnlySpan<byte> line) =>
        line.StartsWith("---"u8) && line[3..].TrimEnd(" \t"u8).IsEmpty;
}
