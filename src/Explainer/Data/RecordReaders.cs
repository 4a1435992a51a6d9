using Explainer.Content;
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
        Key.Choice("raw_html", ["omit", "safe", "allow"], "What happens to raw HTML in Markdown: omit (every tag omitted), safe (harmless tags kept; the default) or allow (trusted writers only)"),
        Key.Bool("allow_html", "The older spelling: true means raw_html: allow"),
        Key.ChoiceList("ignore_warnings", Codes.Warnings.Keys.Order(StringComparer.Ordinal).ToList(), "Warning codes not to report (errors cannot be ignored)"),
        Key.Ref("headline", RecordKind.Deal, "The deal the home page leads with; without it, the newest dated deal"),
        Key.Text("license", "The licence of the site's content, such as CC BY 4.0: the footer, the JSON-LD and the exports"),
        Key.Url("license_url", "The licence's absolute http(s) address"),
    ];

    public static readonly IReadOnlyList<Key> CompanyKeys =
    [
        Key.Text("name", "The company's name", required: true),
        Key.ChoiceList("roles", Company.AllowedRoles, "What the company is: one or more roles", required: true),
        Key.Text("summary", "One or two sentences, in our own words", required: true),
        Key.Url("website", "The company's absolute http(s) address"),
        Key.Refs("sources", RecordKind.Source, "Source ids (seeds/) for what the page says"),
        Key.Date("updated", "YYYY-MM-DD: when the record last changed in substance"),
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
        Key.Ref("source", RecordKind.Source, "The source id (seeds/) that reports this term (the older spelling of sources)"),
        Key.Cites("sources", "Citations: source-id or source-id#claim-id, each a source the deal lists in its sources"),
    ];

    public static readonly IReadOnlyList<Key> AccessKeys =
    [
        Key.Ref("lab", RecordKind.Company, "A company whose roles include lab", required: true),
        Key.Ref("cloud", RecordKind.Cloud, "The cloud whose access the deal changes", required: true),
        Key.Choice("before", AccessLevels.Names, "The lab's access to the cloud before the deal", required: true),
        Key.Choice("after", AccessLevels.Names, "The lab's access to the cloud after the deal", required: true),
        Key.Ref("source", RecordKind.Source, "The source id (seeds/) that reports this change (the older spelling of sources)"),
        Key.Cites("sources", "Citations: source-id or source-id#claim-id, each a source the deal lists in its sources"),
    ];

    public static readonly IReadOnlyList<Key> FigureKeys =
    [
        Key.Text("id", "Unique within the deal", required: true),
        Key.Text("label", "What the figure is, such as Additional Azure services OpenAI contracted to buy", required: true),
        Key.Number("value", "A plain number, such as 13 or 4.5: no separators, no unit", required: true),
        Key.Choice("scale", Figure.Scales, "What the value is counted in, such as billion"),
        new Key("unit", KeyKind.Choice, "What the value measures") { Choices = Figure.Units, Required = true, MissingReportedByReader = true },
        Key.Choice("qualifier", Figure.Qualifiers, "How exact the sources say the value is"),
        Key.Cites("sources", "Citations: source-id or source-id#claim-id, each a source the deal lists in its sources"),
    ];

    public static readonly IReadOnlyList<Key> DealKeys =
    [
        Key.Text("title", "The deal's headline", required: true),
        Key.Choice("kind", Deal.Kinds, "What kind of deal it is"),
        Key.Refs("parties", RecordKind.Company, "Two or more company slugs", required: true),
        Key.DateOrMonth("announced", "YYYY-MM-DD, or YYYY-MM when the sources give only the month; leave it out when no source gives the date"),
        Key.Cites("announced_sources", "The citations (source-id#claim-id) that state the date"),
        Key.Date("updated", "YYYY-MM-DD: when the record last changed in substance, not before announced"),
        Key.Text("summary", "What the deal changes, in one or two sentences", required: true),
        Key.Refs("sources", RecordKind.Source, "Every source id (seeds/) the deal cites"),
        Key.Records("figures", FigureKeys, "Amounts, capacities and durations, as the sources give them"),
        Key.Records("terms", TermKeys, "The before-and-after comparison, in reading order"),
        Key.Records("access", AccessKeys, "The deal's effect on the multi-cloud matrix"),
    ];

    public static readonly IReadOnlyList<Key> ClaimKeys =
    [
        Key.Slug("id", "A slug, unique in this source: cited as <source-id>#<claim-id>", required: true),
        Key.Text("text", "The claim, in our own words", required: true),
    ];

    public static readonly IReadOnlyList<Key> SourceKeys =
    [
        Key.Text("title", "The source's headline, or a plain description of it", required: true),
        Key.Text("publisher", "Who published it", required: true),
        Key.Text("author", "The byline, when the page names one"),
        Key.Date("published", "YYYY-MM-DD, only when the source states it"),
        Key.Date("updated", "YYYY-MM-DD: when this record last changed in substance"),
        Key.Url("url", "The source's absolute http(s) address, only when known"),
        Key.Claims("reports", ClaimKeys, "What the source reports, in our own words, one claim an entry: plain text (its id is its number in the list) or {id, text}"),
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

        var licenseUrl = f.Text("license_url", required: false);
        if (licenseUrl is not null && !IsHttpUrl(licenseUrl))
        {
            diagnostics.Error(Codes.InvalidUrl, f.LocationOf("license_url"), $"'license_url' must be an absolute http(s) URL, not '{licenseUrl}'",
                "write it as https://creativecommons.org/licenses/by/4.0/");
            licenseUrl = null;
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
            RawHtml = ReadRawHtml(f, diagnostics),
            IgnoreWarnings = ReadIgnoredWarnings(f, diagnostics),
            Headline = f.RefOf("headline", required: false),
            License = f.Text("license", required: false),
            LicenseUrl = licenseUrl,
        };
    }

    /// <summary><c>raw_html: omit | safe | allow</c>; <c>allow_html: true</c>, the older spelling, means <c>allow</c>.</summary>
    private static RawHtml ReadRawHtml(Fields f, DiagnosticBag diagnostics)
    {
        var legacy = f.Bool("allow_html") ? RawHtml.Allow : RawHtml.Safe;
        if (f.Text("raw_html", required: false) is not { } text)
        {
            return legacy;
        }

        string[] names = ["omit", "safe", "allow"];
        var mode = Array.IndexOf(names, text);
        if (mode < 0)
        {
            diagnostics.Error(Codes.ValueNotAllowed, f.LocationOf("raw_html"), $"'{text}' is not a way to treat raw HTML",
                Suggest.Hint(text, names, "write omit (every tag omitted), safe (harmless tags kept) or allow (trusted writers only)"));
            return RawHtml.Safe;
        }

        if (legacy == RawHtml.Allow && (RawHtml)mode != RawHtml.Allow)
        {
            diagnostics.Error(Codes.ValueNotAllowed, f.KeyLocationOf("allow_html"), $"'allow_html' and 'raw_html: {text}' disagree",
                "remove 'allow_html'; 'raw_html' says it all");
        }

        return (RawHtml)mode;
    }

    private static List<string> ReadIgnoredWarnings(Fields f, DiagnosticBag diagnostics)
    {
        var codes = new List<string>();
        foreach (var code in f.List("ignore_warnings"))
        {
            if (Codes.Warnings.ContainsKey(code.Value))
            {
                codes.Add(code.Value);
                continue;
            }

            var allowed = $"warning codes are: {string.Join(", ", Codes.Warnings.Keys.Order(StringComparer.Ordinal))}";
            if (Codes.All.Any(c => c.Code == code.Value))
            {
                diagnostics.Error(Codes.ValueNotAllowed, code.Location, $"'{code.Value}' is an error, and errors cannot be ignored", allowed);
            }
            else
            {
                diagnostics.Error(Codes.ValueNotAllowed, code.Location, $"'{code.Value}' is not a warning code", Suggest.Hint(code.Value, Codes.Warnings.Keys, allowed));
            }
        }

        return codes;
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
            Updated = f.Date("updated", required: false),
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
        var updated = f.Date("updated", required: false);
        if (published is not null && updated < published)
        {
            diagnostics.Error(Codes.UpdatedBeforeDate, f.LocationOf("updated"), $"'updated' ({updated:yyyy-MM-dd}) is before 'published' ({published:yyyy-MM-dd})",
                "a source cannot be updated before it was published: fix one of the two dates");
        }

        var claims = ReadClaims(f, diagnostics);
        return title is null || publisher is null ? null : new Source
        {
            Id = id,
            Title = title,
            Publisher = publisher,
            Author = f.Text("author", required: false),
            Published = published,
            Updated = updated,
            Url = url,
            Claims = claims,
            Location = SourceLocation.File(path),
        };
    }

    /// <summary>Each item of <c>reports</c> is a claim: <c>{id, text}</c>, or plain text whose id is its number in the list.</summary>
    private static List<Claim> ReadClaims(Fields source, DiagnosticBag diagnostics)
    {
        var claims = new List<Claim>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in source.Items("reports").Select((item, i) => (item, i)))
        {
            Claim? claim = null;
            if (item is YamlScalar { IsNull: false } plain)
            {
                claim = new Claim((index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), plain.Value, plain.Location);
            }
            else if (Fields.Of(item, item.Location, "a claim", ClaimKeys, diagnostics) is { } f)
            {
                var claimId = f.Text("id", required: true);
                var text = f.Text("text", required: true);
                if (claimId is not null && !Slugs.IsValid(claimId))
                {
                    diagnostics.Error(Codes.ValueNotAllowed, f.LocationOf("id"), $"the claim id '{claimId}' is not a slug",
                        "use lower-case ASCII letters, digits and single hyphens, such as 'revenue-share'");
                }
                else if (claimId is not null && text is not null)
                {
                    claim = new Claim(claimId, text, f.Location);
                }
            }

            if (claim is null)
            {
                continue;
            }

            if (!ids.Add(claim.Id))
            {
                diagnostics.Error(Codes.DuplicateClaimId, claim.Location, $"two claims of this source have the id '{claim.Id}'",
                    "give each claim its own id: citations name it as <source>#<id>");
                continue;
            }

            claims.Add(claim);
        }

        return claims;
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
