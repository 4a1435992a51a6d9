using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Sources;

namespace Explainer.Data;

/// <summary>An article file: front matter to fields, body to HTML.</summary>
public static class ArticleReader
{
    /// <summary>The front matter's keys (see <see cref="Key"/>).</summary>
    public static readonly IReadOnlyList<Key> Keys =
    [
        Key.Text("title", "The headline", required: true),
        Key.Text("summary", "One or two sentences: cards, the meta description and the feed", required: true),
        Key.Date("date", "First published, YYYY-MM-DD", required: true),
        Key.Date("updated", "Last updated, YYYY-MM-DD, not before date"),
        Key.Refs("companies", RecordKind.Company, "Company slugs the article is about; their pages list it"),
        Key.Refs("deals", RecordKind.Deal, "Deal slugs the article explains; their pages list it"),
        Key.Slugs("tags", "Lower-case words; each gets a page /tags/<tag>/"),
        Key.Refs("sources", RecordKind.Source, "Source ids (seeds/) the article relies on"),
        Key.Bool("draft", "true keeps the article out of build (unless --drafts); serve shows it with a banner"),
        Key.WholeNumber("order", "The article's place in the reading order, a whole number from 1 (1 first)"),
    ];

    public static Article? Read(string path, FrontMatter split, string slug, RawHtml rawHtml, DiagnosticBag diagnostics)
    {
        var yamlDiagnostics = new DiagnosticBag();
        var yaml = YamlReader.Read(split.Yaml, path, split.YamlLine - 1, yamlDiagnostics);
        diagnostics.AddRange(yamlDiagnostics.ToSortedList());
        if (yamlDiagnostics.HasErrors)
        {
            // The YAML error says what is wrong; "the front matter is empty" would only add noise.
            return null;
        }

        var f = Fields.Of(yaml, new SourceLocation(path, 1, 1), "the front matter", Keys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var title = Inline(f, "title", diagnostics);
        var summary = Inline(f, "summary", diagnostics);
        var date = f.Date("date", required: true);
        var updated = f.Date("updated", required: false);
        if (date is not null && updated < date)
        {
            diagnostics.Error(Codes.UpdatedBeforeDate, f.LocationOf("updated"), $"'updated' ({updated:yyyy-MM-dd}) is before 'date' ({date:yyyy-MM-dd})",
                "an article cannot be updated before it was first published: fix one of the two dates");
        }

        var tags = f.List("tags");
        foreach (var tag in tags.Where(t => !IsTag(t.Value) && !Slugs.IsTooLong(t.Value, t.Location, "the tag", diagnostics)))
        {
            diagnostics.Error(Codes.TagNotLowerCase, tag.Location, $"the tag '{tag.Value}' is not a lower-case word",
                $"write it as '{ToTag(tag.Value)}'");
        }

        var order = f.Number("order", required: false);
        if (order is not null && (order < 1 || order != decimal.Truncate(order.Value)))
        {
            diagnostics.Error(Codes.ValueNotAllowed, f.LocationOf("order"), $"'order' must be a whole number from 1, not {order}",
                "number the articles of the reading order 1, 2, 3, ...; leave 'order' out of articles outside it");
            order = null;
        }

        var draft = f.Bool("draft");
        if (!draft)
        {
            // A draft may keep its placeholders while it is written; a published article may not.
            Placeholders.Report(yaml, diagnostics);
            Placeholders.ReportLines(path, split.Body, split.BodyLine, diagnostics);
        }

        var body = MarkdownRenderer.Render(path, split.Body, split.BodyLine, rawHtml, diagnostics);
        return title is null || summary is null || date is null ? null : new Article
        {
            Slug = slug,
            Title = title.Plain,
            TitleHtml = title.Html,
            Summary = summary.Plain,
            SummaryHtml = summary.Html,
            Date = date.Value,
            Updated = updated,
            Companies = f.Refs("companies"),
            Deals = f.Refs("deals"),
            Tags = tags.Where(t => IsTag(t.Value)).Select(t => t.Value).ToList(),
            TagLocations = tags.Where(t => IsTag(t.Value)).Select(t => t.Location).ToList(),
            Sources = f.Refs("sources"),
            Draft = draft,
            Order = order is { } o ? (int)o : null,
            Body = body,
            Location = new SourceLocation(path, 1, 1),
        };
    }

    /// <summary>A required text field written with inline Markdown (code spans, emphasis).</summary>
    private static InlineText? Inline(Fields f, string key, DiagnosticBag diagnostics)
    {
        if (f.Text(key, required: true) is not { } text)
        {
            return null;
        }

        if (text.Length > InlineMarkdown.MaxLength)
        {
            diagnostics.Warning(Codes.InlineMarkdownTooLong, f.LocationOf(key),
                $"'{key}' is {text.Length} characters long, so its Markdown is shown as written",
                $"shorten it to at most {InlineMarkdown.MaxLength} characters: a {key} is a line or two");
            return InlineMarkdown.AsWritten(text);
        }

        var inline = InlineMarkdown.Render(text);
        if (inline is null)
        {
            diagnostics.Error(Codes.MarkdownFailed, f.LocationOf(key), $"the Markdown of '{key}' could not be read: it is nested too deeply",
                "reduce the nesting of brackets, backticks or emphasis");
        }

        return inline;
    }

    private static bool IsTag(string tag) => Slugs.IsValid(tag);

    private static string ToTag(string tag) =>
        new(tag.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
