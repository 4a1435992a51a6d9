using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Content;

/// <summary>What the checks after parsing look at, found in one walk over the document (blocks and inlines, in
/// document order) instead of one walk per kind of node.</summary>
internal sealed class DocumentScan
{
    public List<LinkInline> Links { get; } = [];

    public List<AutolinkInline> Autolinks { get; } = [];

    public List<HtmlBlock> HtmlBlocks { get; } = [];

    public List<HtmlInline> HtmlInlines { get; } = [];

    public List<CustomContainer> Containers { get; } = [];

    public List<HeadingBlock> Headings { get; } = [];

    public List<AlertBlock> Alerts { get; } = [];

    /// <summary>Block quotes that are not alerts.</summary>
    public List<QuoteBlock> Quotes { get; } = [];

    public List<TaskList> Tasks { get; } = [];

    public static DocumentScan Of(MarkdownDocument document)
    {
        var scan = new DocumentScan();
        scan.Visit(document);
        return scan;
    }

    private void Visit(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Headings.Add(heading);
                break;
            case HtmlBlock html:
                HtmlBlocks.Add(html);
                break;
            case CustomContainer container:
                Containers.Add(container);
                break;
            case AlertBlock alert:
                Alerts.Add(alert);
                break;
            case QuoteBlock quote:
                Quotes.Add(quote);
                break;
        }

        if (block is LeafBlock { Inline: { } inline })
        {
            Visit(inline);
        }
        else if (block is ContainerBlock children)
        {
            foreach (var child in children)
            {
                Visit(child);
            }
        }
    }

    private void Visit(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline link:
                    Links.Add(link);
                    break;
                case AutolinkInline autolink:
                    Autolinks.Add(autolink);
                    break;
                case HtmlInline html:
                    HtmlInlines.Add(html);
                    break;
                case TaskList task:
                    Tasks.Add(task);
                    break;
            }

            if (inline is ContainerInline nested)
            {
                Visit(nested);
            }
        }
    }
}
