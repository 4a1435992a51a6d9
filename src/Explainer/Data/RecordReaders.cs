using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Data;

/// <summary>YAML mappings to typed records, one method a record kind. Each reports what is wrong
/// and returns null when a required value is missing, so later stages see only whole records.</summary>
public static class RecordReaders
{
    // Each table lists the keys of one kind of record: the reader below accepts exactly these, and `explainer schema`
    // writes them, with their descriptions, as the JSON Schemas editors use. A table used inside another comes first.
    public static readonly IReadOnlyList<Key> NavKeys =
    [
        Key.Text("title", "The link's text", required: true),
        Key.Link("url", "A path on the site, such as /matrix/, or an absolute http(s) URL", required: true),
    ];

    public static readonly IReadOnlyList<Key> SiteKeys =
    [
        Key.Text("title", "The site's name: the header, every page title and the feed", required: true),
        Key.Text("description", "One sentence about the site: the home page, the meta description and the feed"),
        Key.Url("base_url", "The site's absolute http(s) address, used for canonical URLs, the feed and the sitemap"),
        Key.Text("language", "The language of the pages, such as en (the default)"),
        Key.Records("navigation", NavKeys, "The header's links, in order"),
        Key.Bool("allow_html", "true lets raw HTML in Markdown through (trusted writers only); false by default"),
    ];

    public static readonly IReadOnlyList<Key> CompanyKeys =
    [
        Key.Text("name", "The company's name", required: true),
        Key.ChoiceList("roles", Company.AllowedRoles, "What the company is: one or more roles", required: true),
        Key.Text("summary", "One or two sentences, in our own words", required: true),
        Key.Url("website", "The company's absolute http(s) address"),
        Key.Refs("sources", RecordKind.Source, "Source ids (seeds/) for what the page says"),
    ];

    public static readonly IReadOnlyList<Key> CloudKeys =
    [
        Key.Text("name", "The cloud's name", required: true),
        Key.Ref("operator", RecordKind.Company, "The company that runs it: a company whose roles include cloud", required: true),
    ];

    public static readonly IReadOnlyList<Key> TermKeys =
    [
        Key.Text("id", "Unique within the deal", required: true),
        Key.Text("label", "What the term is about, such as Revenue sharing", required: true),
        Key.Text("before", "The term before the deal (before and/or after)"),
        Key.Text("after", "The term after the deal (before and/or after)"),
        Key.Choice("change", TermChanges.Names, "Derived from before and after when left out; a stated change must agree with them"),
        Key.Ref("source", RecordKind.Source, "The source id (seeds/) that reports this term"),
    ];

    public static readonly IReadOnlyList<Key> AccessKeys =
    [
        Key.Ref("lab", RecordKind.Company, "A company whose roles include lab", required: true),
        Key.Ref("cloud", RecordKind.Cloud, "The cloud whose access the deal changes", required: true),
        Key.Choice("before", AccessLevels.Names, "The lab's access to the cloud before the deal", required: true),
        Key.Choice("after", AccessLevels.Names, "The lab's access to the cloud after the deal", required: true),
        Key.Ref("source", RecordKind.Source, "The source id (seeds/) that reports this change"),
    ];

    public static readonly IReadOnlyList<Key> DealKeys =
    [
        Key.Text("title", "The deal's headline", required: true),
        Key.Refs("parties", RecordKind.Company, "Two or more company slugs", required: true),
        Key.Date("announced", "YYYY-MM-DD; leave it out when no source gives the date"),
        Key.Text("summary", "What the deal changes, in one or two sentences", required: true),
        Key.Refs("sources", RecordKind.Source, "Source ids (seeds/) for the deal"),
        Key.Records("terms", TermKeys, "The before-and-after comparison, in reading order"),
        Key.Records("access", AccessKeys, "The deal's effect on the multi-cloud matrix"),
    ];

    public static readonly IReadOnlyList<Key> SourceKeys =
    [
        Key.Text("title", "The source's headline, or a plain description of it", required: true),
        Key.Text("publisher", "Who published it", required: true),
        Key.Date("published", "YYYY-MM-DD, only when the source states it"),
        Key.Url("url", "The source's absolute http(s) address, only when known"),
        Key.Texts("reports", "What the source reports, in our own words, one claim an entry"),
    ];

    public static SiteConfig? ReadSite(YamlNode? node, string path, DiagnosticBag diagnostics)
    {
        var f = Fields.Of(node, SourceLocation.File(path), "site.yml", SiteKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var title = f.Text("title", required: true);
        var baseUrl = f.Text("base_url", required: false) ?? "/";
        if (baseUrl != "/" && !IsHttpUrl(baseUrl))
        {
            diagnostics.Error(Codes.InvalidUrl, f.LocationOf("base_url"), $"'base_url' must be an absolute http(s) URL, not '{baseUrl}'",
                "write it as https://example.org/");
            baseUrl = "/";
        }

        var navigation = f.Records("navigation", "a navigation entry", NavKeys)
            .Select(n => (Title: n.Text("title", required: true), Url: n.Text("url", required: true), At: n.LocationOf("url")))
            .Where(n => n.Title is not null && n.Url is not null && CheckLink(n.Url!, n.At, diagnostics))
            .Select(n => new NavItem(n.Title!, n.Url!))
            .ToList();
        return title is null ? null : new SiteConfig
        {
            Title = title,
            Description = f.Text("description", required: false) ?? "",
            BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            Language = f.Text("language", required: false) ?? "en",
            Navigation = navigation,
            AllowHtml = f.Bool("allow_html"),
        };
    }

    public static Company? ReadCompany(YamlNode? node, string path, string slug, DiagnosticBag diagnostics)
    {
        var f = Fields.Of(node, SourceLocation.File(path), $"company '{slug}'", CompanyKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var name = f.Text("name", required: true);
        var summary = f.Text("summary", required: true);
        var roles = f.List("roles", required: true);
        foreach (var role in roles.Where(r => !Company.AllowedRoles.Contains(r.Value)))
        {
            diagnostics.Error(Codes.ValueNotAllowed, role.Location, $"'{role.Value}' is not a company role",
                Suggest.Hint(role.Value, Company.AllowedRoles, $"roles are: {string.Join(", ", Company.AllowedRoles)}"));
        }

        var website = f.Text("website", required: false);
        if (website is not null && !IsHttpUrl(website))
        {
            diagnostics.Error(Codes.InvalidUrl, f.LocationOf("website"), $"'website' must be an absolute http(s) URL, not '{website}'",
                "write it as https://example.com");
            website = null;
        }

        if (roles.Count == 0 && f.Has("roles"))
        {
            diagnostics.Error(Codes.EmptyValue, f.LocationOf("roles"), $"company '{slug}' has no roles",
                $"give one or more of: {string.Join(", ", Company.AllowedRoles)}");
        }

        return name is null || summary is null ? null : new Company
        {
            Slug = slug,
            Name = name,
            Roles = roles.Select(r => r.Value).Where(Company.AllowedRoles.Contains).ToList(),
            Summary = summary,
            Website = website,
            Sources = f.Refs("sources"),
            Location = SourceLocation.File(path),
        };
    }

    public static Cloud? ReadCloud(YamlNode? node, string path, string slug, DiagnosticBag diagnostics)
    {
        var f = Fields.Of(node, SourceLocation.File(path), $"cloud '{slug}'", CloudKeys, diagnostics);
        var name = f?.Text("name", required: true);
        var op = f?.RefOf("operator", required: true);
        return name is null || op is null ? null : new Cloud { Slug = slug, Name = name, Operator = op, Location = SourceLocation.File(path) };
    }

    public static Source? ReadSource(YamlNode? node, string path, string id, DiagnosticBag diagnostics)
    {
        var f = Fields.Of(node, SourceLocation.File(path), $"source '{id}'", SourceKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var title = f.Text("title", required: true);
        var publisher = f.Text("publisher", required: true);
        var url = f.Text("url", required: false);
        if (url is not null && !IsHttpUrl(url))
        {
            diagnostics.Error(Codes.InvalidUrl, f.LocationOf("url"), $"'url' must be an absolute http(s) URL, not '{url}'",
                "write the full address, or leave 'url' out when it is not known");
            url = null;
        }

        var published = f.Date("published", required: false);
        var reports = f.List("reports").Select(r => r.Value).ToList();
        return title is null || publisher is null ? null : new Source
        {
            Id = id,
            Title = title,
            Publisher = publisher,
            Published = published,
            Url = url,
            Reports = reports,
            Location = SourceLocation.File(path),
        };
    }

    internal static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool CheckLink(string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (url.StartsWith('/') || IsHttpUrl(url))
        {
            return true;
        }

        diagnostics.Error(Codes.InvalidUrl, at, $"a navigation URL must start with '/' or be an http(s) URL, not '{url}'");
        return false;
    }
}
