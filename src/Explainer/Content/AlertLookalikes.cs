using System.Text.RegularExpressions;
using Explainer.Diagnostics;
using Markdig.Syntax;

namespace Explainer.Content;

/// <summary>Block quotes that begin like an alert but stay block quotes, as they would on GitHub: an unknown kind
/// (<c>[!INFO]</c>), text on the marker's line, or a quote inside a list or another quote.</summary>
internal static partial class AlertLookalikes
{
    private const string Allowed = "alerts are > [!NOTE], > [!TIP], > [!IMPORTANT], > [!WARNING] and > [!CAUTION]";

    public static void Report(IReadOnlyList<QuoteBlock> quotes, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        foreach (var quote in quotes)
        {
            if (quote.Count == 0 || quote[0] is not ParagraphBlock { Inline: { } inline })
            {
                continue;
            }

            var match = Marker().Match(InlineMarkdown.PlainText(inline));
            if (!match.Success)
            {
                continue;
            }

            var kind = match.Groups[1].Value;
            var known = AlertParser.Kinds.FirstOrDefault(k => k.Equals(kind, StringComparison.OrdinalIgnoreCase));
            var (message, hint) = (known, quote.Parent) switch
            {
                (null, _) => ($"'[!{kind}]' is not an alert, so this stays a block quote", Suggest.Hint(kind.ToUpperInvariant(), AlertParser.Kinds, Allowed)),
                (_, not MarkdownDocument) => ($"an alert inside a list or another quote stays a block quote", "start the '> [!" + known + "]' line at the left margin, outside lists and quotes"),
                _ => ($"text on the line of '[!{kind}]' makes this a block quote, not an alert", "put '> [!" + known + "]' alone on its line and the text on the lines below"),
            };
            diagnostics.Warning(Codes.AlertLookalike, at(quote), message, hint);
        }
    }

    [GeneratedRegex(@"^\[!([A-Za-z]+)\](?:\s|$)")]
    private static partial Regex Marker();
}
