using Explainer.Diagnostics;
using YamlDotNet.Core;

namespace Explainer.Data;

/// <summary>
/// YamlDotNet's syntax errors in plain words, at the line a writer must edit. Its own words ("did not find
/// expected '-' indicator") describe the parser, not the file, and for a tab it points one line early or at (1,1).
/// </summary>
internal static class YamlErrors
{
    public const string Hint = "check the indentation and quoting on this line; quote text that holds ': ' or starts with a special character";

    /// <summary>The position and the words for a syntax error at <paramref name="mark"/> (1-based, relative to the YAML text).</summary>
    public static (Mark At, string Message, string Hint) Explain(string text, Mark mark, string parserMessage)
    {
        if (FirstIndentingTab(text) is { } tab && (parserMessage.Contains("tab", StringComparison.OrdinalIgnoreCase) || tab.Line <= mark.Line + 1))
        {
            return (tab, "a tab indents this line, and YAML indents with spaces only", "replace the tab with spaces, lined up with the lines around it");
        }

        var character = CharacterAt(text, mark);
        var message = parserMessage switch
        {
            _ when parserMessage.Contains("expected '-' indicator", StringComparison.Ordinal) =>
                "this line does not continue the list above it: each item starts with '- ' at the same indentation",
            _ when parserMessage.Contains("did not find expected key", StringComparison.Ordinal) =>
                "this line is indented differently from the keys above it: line it up with them, or with the start of a list item",
            _ when parserMessage.Contains("invalid mapping", StringComparison.Ordinal) || parserMessage.Contains("Mapping values are not allowed", StringComparison.Ordinal) =>
                "a ': ' inside a value: put the value in quotes, or, if this line starts a new key, line it up with the keys above",
            _ when parserMessage.Contains("cannot start any token", StringComparison.Ordinal) =>
                $"a value cannot start with '{character}': put the value in quotes",
            _ when parserMessage.Contains("quoted scalar", StringComparison.Ordinal) =>
                "this quoted text is not closed: add the closing quote",
            _ when parserMessage.Contains("expected ',' or ']'", StringComparison.Ordinal) =>
                "a list in [ ] is not closed: add ']' at its end",
            _ when parserMessage.Contains("expected ',' or '}'", StringComparison.Ordinal) =>
                "a mapping in { } is not closed: add '}' at its end",
            _ when parserMessage.Contains("could not find expected ':'", StringComparison.Ordinal) =>
                "a key without ':': write 'key: value'",
            _ when parserMessage.Contains("<document end>", StringComparison.Ordinal) =>
                "this line does not fit the structure above it: check its indentation",
            _ => parserMessage,
        };
        return (mark, message, Hint);
    }

    /// <summary>The first tab in a line's indentation, 1-based.</summary>
    private static Mark? FirstIndentingTab(string text)
    {
        var line = 1;
        var column = 1;
        var indenting = true;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\n':
                    line++;
                    column = 1;
                    indenting = true;
                    continue;
                case '\t' when indenting:
                    return new Mark(i, line, column);
                case ' ' or '\r':
                    break;
                default:
                    indenting = false;
                    break;
            }

            column++;
        }

        return null;
    }

    private static string CharacterAt(string text, Mark mark)
    {
        var lines = text.Split('\n');
        var line = mark.Line >= 1 && mark.Line <= lines.Length ? lines[mark.Line - 1] : "";
        return mark.Column >= 1 && mark.Column <= line.Length ? line[(int)mark.Column - 1].ToString() : "?";
    }
}
