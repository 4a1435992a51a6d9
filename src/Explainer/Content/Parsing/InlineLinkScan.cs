using Markdig.Helpers;

namespace Explainer.Content.Parsing;

/// <summary>
/// Whether <c>](...)</c> can be an inline link, decided the way Markdig parses one but with CommonMark's two limits that
/// Markdig leaves out: at most 32 nested parentheses in a destination (as cmark), and no unescaped <c>(</c> in a title
/// written in parentheses (as the specification says). Without them every failed <c>](</c> reads to the end of the
/// line or paragraph, and a line of <c>[a](b</c> or <c>[ (](</c> takes quadratic time. When this says yes, Markdig's own
/// parse succeeds at the same <c>)</c>, so the work stays proportional to the text it consumes.
/// </summary>
internal static class InlineLinkScan
{
    private const int MaxParentheses = 32;

    /// <param name="open">The index of the <c>(</c> that follows <c>]</c>.</param>
    /// <param name="end">The index of the last character of the text.</param>
    public static bool CanSucceed(string text, int open, int end)
    {
        var i = SkipWhitespace(text, open + 1, end);
        i = Destination(text, i, end);
        if (i < 0)
        {
            return false;
        }

        var afterDestination = SkipWhitespace(text, i, end);
        if (At(text, afterDestination, end) == ')')
        {
            return true;
        }

        if (afterDestination == i)
        {
            return false;
        }

        i = Title(text, afterDestination, end);
        return i >= 0 && At(text, SkipWhitespace(text, i, end), end) == ')';
    }

    /// <returns>The index after the destination, or -1 when there is none.</returns>
    private static int Destination(string text, int i, int end)
    {
        if (At(text, i, end) == '<')
        {
            for (i++; i <= end; i++)
            {
                var c = text[i];
                if (c == '\\')
                {
                    i++;
                    continue;
                }

                if (c == '>')
                {
                    return i + 1;
                }

                if (c is '<' or '\n' or '\r')
                {
                    return -1;
                }
            }

            return -1;
        }

        var depth = 0;
        for (; ; i++)
        {
            var c = At(text, i, end);
            if (c == '\\' && i < end)
            {
                i++;
                c = text[i];
                if (c is '(' or ')')
                {
                    continue;
                }
            }
            else if (c == '(' && ++depth > MaxParentheses)
            {
                return -1;
            }
            else if (c == ')' && --depth < 0)
            {
                return i;
            }

            if (c == '\0' || c.IsSpaceOrTab() || char.IsControl(c))
            {
                return depth > 0 ? -1 : i;
            }
        }
    }

    /// <returns>The index after the title, or -1 when there is none.</returns>
    private static int Title(string text, int i, int end)
    {
        var quote = At(text, i, end);
        if (quote is not ('"' or '\'' or '('))
        {
            return -1;
        }

        var closing = quote == '(' ? ')' : quote;
        var lineBlank = false;
        for (i++; i <= end; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                if (lineBlank)
                {
                    return -1;
                }

                i += c == '\r' && At(text, i + 1, end) == '\n' ? 1 : 0;
                lineBlank = true;
            }
            else if (c == '\\')
            {
                i += At(text, i + 1, end) is '\n' or '\r' ? 0 : 1;
                lineBlank = false;
            }
            else if (c == closing)
            {
                return i + 1;
            }
            else if (quote == '(' && c == '(')
            {
                return -1;
            }
            else if (lineBlank && !c.IsSpaceOrTab())
            {
                lineBlank = false;
            }
        }

        return -1;
    }

    private static int SkipWhitespace(string text, int i, int end)
    {
        while (i <= end && text[i].IsWhitespace())
        {
            i++;
        }

        return i;
    }

    private static char At(string text, int i, int end) => i <= end ? text[i] : '\0';
}
