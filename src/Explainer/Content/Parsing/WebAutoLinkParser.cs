using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content.Parsing;

/// <summary>
/// Bare <c>www.</c>, <c>http(s)://</c>, <c>ftp://</c>, <c>mailto:</c> and <c>tel:</c> links, as Markdig's AutoLinks
/// extension makes them. Markdig checks each candidate by walking back over every earlier inline of the paragraph for
/// a raw <c>&lt;a</c> tag, which is quadratic in the number of links; this parser asks <see cref="AnchorTracker"/>
/// instead and walks only the open brackets and emphasis around the candidate (at most <see cref="InlineNesting.Limit"/>).
/// </summary>
internal sealed class WebAutoLinkParser : InlineParser
{
    private const string ValidPreviousCharacters = "*_~(";

    public WebAutoLinkParser() => OpeningCharacters = ['h', 'f', 'm', 't', 'w'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var previous = slice.PeekCharExtra(-1);
        if (!previous.IsWhiteSpaceOrZero() && !ValidPreviousCharacters.Contains(previous))
        {
            return false;
        }

        var span = slice.AsSpan();
        var scheme = slice.CurrentChar;
        var prefix = scheme switch
        {
            'h' => span.StartsWith("https://", StringComparison.Ordinal) ? 8 : span.StartsWith("http://", StringComparison.Ordinal) ? 7 : 0,
            'w' => span.StartsWith("www.", StringComparison.Ordinal) ? 4 : 0,
            'f' => span.StartsWith("ftp://", StringComparison.Ordinal) ? 6 : 0,
            'm' => span.StartsWith("mailto:", StringComparison.Ordinal) ? 7 : 0,
            _ => span.StartsWith("tel:", StringComparison.Ordinal) ? 4 : 0,
        };
        if (prefix == 0 || AnchorTracker.IsInsideAnchor(processor, this) || !OutsideBrackets(processor, out var emphasis))
        {
            return false;
        }

        var start = slice.Start;
        if (!LinkHelper.TryParseUrl(ref slice, out var link, out _, isAutoLink: true) || link.Length <= prefix && scheme != 't')
        {
            return false;
        }

        link = TrimEmphasis(link, emphasis, ref slice);
        var domain = scheme == 'm' ? link.IndexOf('@') + 1 : prefix;
        if (scheme == 'm' && domain <= prefix + 1 || scheme != 't' && !LinkHelper.IsValidDomain(link, domain))
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        var linkSpan = new SourceSpan(position, position + link.Length - 1);
        var textStart = scheme is 'm' or 't' ? prefix : 0;
        var inline = new LinkInline
        {
            Span = linkSpan,
            UrlSpan = linkSpan,
            Line = line,
            Column = column,
            Url = scheme == 'w' ? "http://" + link : link,
            IsClosed = true,
            IsAutoLink = true,
        };
        inline.AppendChild(new LiteralInline
        {
            Span = linkSpan,
            Line = line,
            Column = column,
            Content = new StringSlice(slice.Text, start + textStart, start + link.Length - 1),
            IsClosed = true,
        });
        processor.Inline = inline;
        return true;
    }

    /// <summary>False inside an open <c>[</c> (it may become a link); collects the characters of open emphasis.</summary>
    private static bool OutsideBrackets(InlineProcessor processor, out string emphasis)
    {
        emphasis = "";
        var brackets = 0;
        for (var inline = processor.Inline; inline is not null; inline = inline.Parent)
        {
            if (inline is LinkDelimiterInline { IsActive: true } bracket)
            {
                brackets += bracket.Type == DelimiterType.Open ? 1 : bracket.Type == DelimiterType.Close ? -1 : 0;
            }
            else if (inline is EmphasisDelimiterInline delimiter && !emphasis.Contains(delimiter.DelimiterChar))
            {
                emphasis += delimiter.DelimiterChar;
            }
        }

        return brackets <= 0;
    }

    /// <summary>An emphasis closer right after a link belongs to the emphasis: <c>*www.example.org*</c>.</summary>
    private static string TrimEmphasis(string link, string emphasis, ref StringSlice slice)
    {
        if (emphasis.Length == 0)
        {
            return link;
        }

        for (var i = link.Length - 1; i >= 0; i--)
        {
            if (!emphasis.Contains(link[i]))
            {
                return link[..(i + 1)];
            }

            slice.Start--;
        }

        return link;
    }
}
