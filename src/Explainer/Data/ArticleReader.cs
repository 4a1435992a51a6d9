using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Sources;

namespace Explainer.Data;

/// <summary>An article file: front matter to fields, body to HTML.</summary>
public static class ArticleReader
{
    public static readonly IReadOnlyList<string> Keys = ["title", "summary", "date", "updated", "companies", "deals", "tags", "sources", "draft", "order"];

    public static Article? Read(string path, FrontMatter split, string slug, bool allowHtml, DiagnosticBag diagnostics)
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

        var title = f.Text("title", required: true);
        var summary = f.Text("summary", required: true);
        var date = f.Date("date", required: true);
        var updated = f.Date("updated", required: false);
        if (date is not null && updated < date)
        {
            diagnostics.Error(Codes.UpdatedBeforeDate, f.LocationOf("updated"), $"'updated' ({updated:yyyy-MM-dd}) is before 'date' ({date:yyyy-MM-dd})",
                "an article cannot be updated before it was first published: fix one of the two dates");
        }

        var tags = f.List("tags");
        foreach (var tag in tags.Where(t => !IsTag(t.Value)))
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

        var body = MarkdownRenderer.Render(path, split.Body, split.BodyLine, allowHtml, diagnostics);
        return title is null || summary is null || date is null ? null : new Article
        {
            Slug = slug,
            Title = title,
            Summary = summary,
            Date = date.Value,
            Updated = updated,
            Companies = f.Refs("companies"),
            Deals = f.Refs("deals"),
            Tags = tags.Where(t => IsTag(t.Value)).Select(t => t.Value).ToList(),
            TagLocations = tags.Where(t => IsTag(t.Value)).Select(t => t.Location).ToList(),
            Sources = f.Refs("sources"),
            Draft = f.Bool("draft"),
            Order = order is { } o ? (int)o : null,
            Body = body,
            Location = new SourceLocation(path, 1, 1),
        };
    }

    private static bool IsTag(string tag) => Slugs.IsValid(tag);

    private static string ToTag(string tag) =>
        new(tag.Trim().ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
