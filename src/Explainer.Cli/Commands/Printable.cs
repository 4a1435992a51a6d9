using System.Globalization;
using System.Text;

namespace Explainer.Cli.Commands;

/// <summary>
/// Text from content made safe to show: control characters (a terminal obeys ESC sequences) and the
/// bidirectional controls that reorder what a line seems to say (U+202E and its kin) are written as <c>\u202E</c>.
/// Line breaks and tabs stay. Used for everything printed to the terminal and for the preview's overlay.
/// </summary>
internal static class Printable
{
    public static string Of(string text)
    {
        if (!text.Any(IsHidden))
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool IsHidden(char c) =>
        (char.IsControl(c) && c is not ('\n' or '\t'))
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
