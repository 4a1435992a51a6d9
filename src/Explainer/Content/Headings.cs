using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content;

internal static class Headings
{
    /// <summary>The level 2 and 3 headings, for a table of contents.</summary>
    public static IReadOnlyList<Heading> Collect(IReadOnlyList<HeadingBlock> headings)
    {
        var result = new List<Heading>();
        foreach (var heading in headings)
        {
            var id = heading.GetAttributes().Id;
            if (heading.Level is 2 or 3 && id is not null && heading.Parent is MarkdownDocument)
            {
                result.Add(new Heading(heading.Level, id, PlainText(heading.Inline)));
            }
        }

        return result;
    }

    public static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        for (var child = container?.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case Markdig.Extensions.SmartyPants.SmartyPant pant:
                    text.Append(pant.Type switch
                    {
                        Markdig.Extensions.SmartyPants.SmartyPantType.LeftQuote => '\u2018',
                        Markdig.Extensions.SmartyPants.SmartyPantType.RightQuote => '\u2019',
                        Markdig.Extensions.SmartyPants.SmartyPantType.LeftDoubleQuote => '\u201c',
                        Markdig.Extensions.SmartyPants.SmartyPantType.RightDoubleQuote => '\u201d',
                        Markdig.Extensions.SmartyPants.SmartyPantType.Dash2 => '\u2013',
                        Markdig.Extensions.SmartyPants.SmartyPantType.Dash3 => '\u2014',
                        Markdig.Extensions.SmartyPants.SmartyPantType.Ellipsis => '\u2026',
                        _ => '\'',
                    });
                    break;
                case DelimiterInline unclosed:
                    text.Append(unclosed.ToLiteral());
                    Append(unclosed, text);
                    break;
                case ContainerInline nested:
                    Append(nested, text);
                    break;
            }
        }
    }
}
