using Explainer.Diagnostics;

namespace Explainer.Sources;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/> (already LF-normalised); reports a missing or unclosed fence.</summary>
    public static FrontMatter? Split(string path, string text, DiagnosticBag diagnostics)
    {
        if (!StartsWithFence(text, 0))
        {
            diagnostics.Error(Codes.FrontMatterMissing, SourceLocation.File(path),
                "the article has no front matter",
                "start the file with a line '---', the keys title, summary and date, then another '---'");
            return null;
        }

        var yamlStart = text.IndexOf('\n') + 1;
        var line = 2;
        var position = yamlStart;
        while (position < text.Length)
        {
            if (StartsWithFence(text, position))
            {
                var yaml = text[yamlStart..position];
                var end = text.IndexOf('\n', position);
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            var next = text.IndexOf('\n', position);
            if (next < 0)
            {
                break;
            }

            position = next + 1;
            line++;
        }

        diagnostics.Error(Codes.FrontMatterNotClosed, SourceLocation.File(path),
            "the front matter opened on line 1 is never closed",
            "add a line '---' after the last front matter key");
        return null;
    }

    private static bool StartsWithFence(string text, int at)
    {
        if (string.CompareOrdinal(text, at, Fence, 0, Fence.Length) != 0)
        {
            return false;
        }

        var after = at + Fence.Length;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        return after == text.Length || text[after] == '\n';
    }
}
