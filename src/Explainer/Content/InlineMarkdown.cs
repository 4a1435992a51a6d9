using System.Net;
using System.Text;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content;

/// <summary>
/// Inline Markdown in a one-line text such as an article's title or summary. Code spans and emphasis become markup;
/// backslash escapes and entities become the characters they stand for. Nothing else becomes markup: a link or image
/// shows its text (a card's title is a link already, and links in it could not follow the URL policy), raw HTML shows
/// as the text it is, and block syntax (<c># </c>, <c>- </c>) stays text. The HTML is escaped as templates escape.
/// </summary>
public static class InlineMarkdown
{
    /// <summary>Some inputs take time quadratic in their length (thousands of <c>*a</c>); at this length the worst takes
    /// about 0.1 s. A title or summary is a line or two.</summary>
    public const int MaxLength = 2000;

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    /// <returns>null when Markdig cannot read the text (nested more deeply than it allows).</returns>
    public static InlineText? Render(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return null;
        }

        var text = new Writer();
        foreach (var block in document)
        {
            if (block is LeafBlock { Inline: { } inline })
            {
                text.Space();
                text.Append(inline);
            }
        }

        var result = text.ToInlineText();

        // A text that Markdown reads as nothing (such as "[a]: b", a link definition) is shown as it was written.
        return result.Plain.Length == 0 ? AsWritten(markdown) : result;
    }

    /// <summary>The text as it was written, without reading its Markdown.</summary>
    public static InlineText AsWritten(string text) => new(text.Trim(), WebUtility.HtmlEncode(text.Trim()));

    /// <summary>The text of already parsed inlines, as <see cref="Render"/> would give it.</summary>
    internal static string PlainText(ContainerInline inline)
    {
        var text = new Writer();
        text.Append(inline);
        return text.ToInlineText().Plain;
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        return builder.Build();
    }

    private sealed class Writer
    {
        private readonly StringBuilder plain = new();
        private readonly StringBuilder html = new();

        public InlineText ToInlineText() => new(plain.ToString().Trim(), html.ToString().Trim());

        public void Space()
        {
            if (plain.Length > 0 && plain[^1] != ' ')
            {
                plain.Append(' ');
                html.Append(' ');
            }
        }

        public void Append(ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                switch (child)
                {
                    case CodeInline code:
                        html.Append("<code>");
                        Text(code.Content);
                        html.Append("</code>");
                        break;
                    case EmphasisInline emphasis:
                        var tag = emphasis.DelimiterCount >= 2 ? "strong" : "em";
                        html.Append('<').Append(tag).Append('>');
                        Append(emphasis);
                        html.Append("</").Append(tag).Append('>');
                        break;
                    case DelimiterInline unclosed:
                        Text(unclosed.ToLiteral());
                        Append(unclosed);
                        break;
                    case ContainerInline nested:
                        Append(nested);
                        break;
                    case LiteralInline literal:
                        Text(literal.Content.ToString());
                        break;
                    case HtmlEntityInline entity:
                        Text(entity.Transcoded.ToString());
                        break;
                    case HtmlInline tagText:
                        Text(tagText.Tag);
                        break;
                    case AutolinkInline autolink:
                        Text(autolink.Url);
                        break;
                    case LineBreakInline:
                        Space();
                        break;
                }
            }
        }

        private void Text(string text)
        {
            plain.Append(text);
            html.Append(WebUtility.HtmlEncode(text));
        }
    }
}
