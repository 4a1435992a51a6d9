using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Data;

/// <summary>YAML mappings to typed records, one method a record kind. Each reports what is wrong
/// and returns null when a required value is missing, so later stages see only whole records.</summary>
public static class RecordReaders
{
    public static readonly IReadOnlyList<string> SiteKeys = ["title", "description", "base_url", "language", "navigation", "raw_html", "allow_html", "ignore_warnings", "headline", "license", "license_url"];
    public static readonly IReadOnlyList<string> NavKeys = ["title", "url"];
    public static readonly IReadOnlyList<string> CompanyKeys = ["name", "roles", "summary", "website", "sources", "updated"];
    public static readonly IReadOnlyList<string> CloudKeys = ["name", "operator"];
    public static readonly IReadOnlyList<string> DealKeys = ["title", "kind", "parties", "announced", "announced_sources", "updated", "summary", "sources", "figures", "terms", "access"];
    public static readonly IReadOnlyList<string> TermKeys = ["id", "label", "before", "after", "change", "source", "sources"];
    public static readonly IReadOnlyList<string> AccessKeys = ["lab", "cloud", "before", "after", "source", "sources"];
    public static readonly IReadOnlyList<string> FigureKeys = ["id", "label", "value", "scale", "unit", "qualifier", "sources"];
    public static readonly IReadOnlyList<string> ClaimKeys = ["id", "text"];
    public static readonly IReadOnlyList<string> SourceKeys = ["title", "publisher", "author", "published", "updated", "url", "reports"];

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
