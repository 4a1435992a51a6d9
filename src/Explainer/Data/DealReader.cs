using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Data;

/// <summary>A deal with its terms (change derived or checked) and its access changes.</summary>
public static class DealReader
{
    public static Deal? Read(YamlNode? node, string path, string slug, DiagnosticBag diagnostics)
    {
        var f = Fields.Of(node, SourceLocation.File(path), $"deal '{slug}'", RecordReaders.DealKeys, diagnostics);
        if (f is null)
        {
            return null;
        }

        var title = f.Text("title", required: true);
        var summary = f.Text("summary", required: true);
        var parties = f.Refs("parties", required: true);
        if (f.Has("parties") && parties.Count < 2)
        {
            diagnostics.Error(Codes.TooFewParties, f.LocationOf("parties"), $"deal '{slug}' names {parties.Count} part{(parties.Count == 1 ? "y" : "ies")}",
                "a deal has two or more parties: list their company slugs");
        }

        var announced = f.Date("announced", required: false);
        var terms = ReadTerms(f, diagnostics);
        var access = ReadAccess(f, diagnostics);
        return title is null || summary is null ? null : new Deal
        {
            Slug = slug,
            Title = title,
            Parties = parties,
            Announced = announced,
            Summary = summary,
            Sources = f.Refs("sources"),
            Terms = terms,
            Access = access,
            Location = SourceLocation.File(path),
        };
    }

    private static List<Term> ReadTerms(Fields deal, DiagnosticBag diagnostics)
    {
        var terms = new List<Term>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in deal.Records("terms", "a term", RecordReaders.TermKeys))
        {
            var id = t.Text("id", required: true);
            var label = t.Text("label", required: true);
            var before = t.Text("before", required: false);
            var after = t.Text("after", required: false);
            if (id is not null && !ids.Add(id))
            {
                diagnostics.Error(Codes.DuplicateTermId, t.LocationOf("id"), $"two terms have the id '{id}'", "give each term of a deal its own id");
            }

            if (before is null && after is null)
            {
                diagnostics.Error(Codes.MissingKey, t.Location, $"term '{id}' has neither 'before' nor 'after'", "say what the term was, what it is, or both");
                continue;
            }

            var change = TermChanges.Derive(before, after);
            var stated = t.Text("change", required: false);
            if (stated is not null)
            {
                if (TermChanges.Parse(stated) is not { } parsed)
                {
                    diagnostics.Error(Codes.ValueNotAllowed, t.LocationOf("change"), $"'{stated}' is not a change",
                        Suggest.Hint(stated, TermChanges.Names, $"write one of: {string.Join(", ", TermChanges.Names)}, or leave it out to derive it"));
                }
                else if (TermChanges.Contradiction(parsed, before, after) is { } why)
                {
                    diagnostics.Error(Codes.ChangeContradicts, t.LocationOf("change"), $"term '{id}' says {why}",
                        $"from 'before' and 'after' the change is '{change.Name()}': fix the values or the change");
                }
                else
                {
                    change = parsed;
                }
            }

            if (id is not null && label is not null)
            {
                terms.Add(new Term
                {
                    Id = id,
                    Label = label,
                    Before = before,
                    After = after,
                    Change = change,
                    Source = t.RefOf("source", required: false),
                    Location = t.Location,
                });
            }
        }

        return terms;
    }

    private static List<AccessChange> ReadAccess(Fields deal, DiagnosticBag diagnostics)
    {
        var result = new List<AccessChange>();
        var pairs = new HashSet<(string, string)>();
        foreach (var a in deal.Records("access", "an access change", RecordReaders.AccessKeys))
        {
            var lab = a.RefOf("lab", required: true);
            var cloud = a.RefOf("cloud", required: true);
            var before = Level(a, "before", diagnostics);
            var after = Level(a, "after", diagnostics);
            if (lab is null || cloud is null)
            {
                continue;
            }

            if (!pairs.Add((lab.Slug, cloud.Slug)))
            {
                diagnostics.Error(Codes.DuplicateAccess, a.Location, $"'{lab.Slug}' on '{cloud.Slug}' is listed twice in this deal",
                    "keep one entry per lab and cloud");
                continue;
            }

            result.Add(new AccessChange
            {
                Lab = lab,
                Cloud = cloud,
                // A level that is not allowed was reported; keep the entry so its lab and cloud are still checked.
                Before = before ?? AccessLevel.Unknown,
                After = after ?? AccessLevel.Unknown,
                Source = a.RefOf("source", required: false),
                Location = a.Location,
            });
        }

        return result;
    }

    private static AccessLevel? Level(Fields access, string key, DiagnosticBag diagnostics)
    {
        var text = access.Text(key, required: true);
        if (text is null)
        {
            return null;
        }

        if (AccessLevels.Parse(text) is { } level)
        {
            return level;
        }

        diagnostics.Error(Codes.ValueNotAllowed, access.LocationOf(key), $"'{text}' is not an access level",
            Suggest.Hint(text, AccessLevels.Names, $"levels are: {string.Join(", ", AccessLevels.Names)}"));
        return null;
    }
}
