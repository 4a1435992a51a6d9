using Explainer.Diagnostics;

namespace Explainer.Data;

/// <summary>
/// <c>explainer new</c> marks every value a writer must fill in with <c>TODO</c>, so that a skeleton left as it is
/// never publishes plausible but false data: a record whose value, or a published article whose front matter or
/// line, starts with <c>TODO</c> is an error.
/// </summary>
public static class Placeholders
{
    public const string Marker = "TODO";

    private const string Hint = "replace it with the real text: 'explainer new' marks what a writer must fill in with TODO";

    /// <summary>Reports every value of <paramref name="node"/> that starts with the marker; true when there was one.</summary>
    public static bool Report(YamlNode? node, DiagnosticBag diagnostics)
    {
        var found = false;
        switch (node)
        {
            case YamlScalar scalar when IsPlaceholder(scalar.Value):
                diagnostics.Error(Codes.Placeholder, scalar.Location, $"placeholder text left in: '{Shorten(scalar.Value)}'", Hint);
                return true;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    found |= Report(item, diagnostics);
                }

                break;
            case YamlMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    found |= Report(entry.Value, diagnostics);
                }

                break;
        }

        return found;
    }

    /// <summary>Reports the lines of an article body that start with the marker.</summary>
    public static void ReportLines(string path, string body, int bodyLine, DiagnosticBag diagnostics)
    {
        var line = bodyLine;
        foreach (var text in body.AsSpan().EnumerateLines())
        {
            if (text.StartsWith(Marker + ":", StringComparison.Ordinal))
            {
                diagnostics.Error(Codes.Placeholder, new SourceLocation(path, line, 1), $"placeholder text left in: '{Shorten(text.ToString())}'", Hint);
            }

            line++;
        }
    }

    private static bool IsPlaceholder(string value) => value.TrimStart().StartsWith(Marker, StringComparison.Ordinal);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
