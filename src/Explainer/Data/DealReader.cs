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

        var kind = f.Text("kind", required: false);
        if (kind is not null && !Deal.Kinds.Contains(kind))
        {
            diagnostics.Error(Codes.ValueNotAllowed, f.LocationOf("kind"), $"'{kind}' is not a deal kind",
                Suggest.Hint(kind, Deal.Kinds, $"kinds are: {string.Join(", ", Deal.Kinds)}"));
            kind = null;
        }

        var (announced, monthOnly) = f.DateOrMonth("announced");
        var announcedSources = f.Cites("announced_sources");
        if (announced is null && announcedSources.Count > 0)
        {
            diagnostics.Error(Codes.MissingKey, f.LocationOf("announced_sources"), $"deal '{slug}' cites sources for a date it does not give",
                "add 'announced: YYYY-MM-DD', or remove 'announced_sources'");
        }

        var updated = f.Date("updated", required: false);
        if (announced is not null && updated < announced)
        {
            diagnostics.Error(Codes.UpdatedBeforeDate, f.LocationOf("updated"), $"'updated' ({updated:yyyy-MM-dd}) is before 'announced' ({announced:yyyy-MM-dd})",
                "a deal's page cannot be updated before the deal was announced: fix one of the two dates");
        }

        var figures = ReadFigures(f, diagnostics);
        var terms = ReadTerms(f, diagnostics);
        var access = ReadAccess(f, diagnostics);
        return title is null || summary is null ? null : new Deal
        {
            Slug = slug,
            Title = title,
            Kind = kind,
            Parties = parties,
            Announced = announced,
            AnnouncedMonthOnly = monthOnly,
            AnnouncedSources = announcedSources,
            Updated = updated,
            Summary = summary,
            Sources = f.Refs("sources"),
            Figures = figures,
            Terms = terms,
            Access = access,
            Location = SourceLocation.File(path),
        };
    }

    /// <summary>A term or an access change cites its sources as <c>sources: [a#claim, b]</c>; the older
    /// single <c>source: a</c> is still read.</summary>
    private static IReadOnlyList<Cite> Citations(Fields f)
    {
        var single = f.RefOf("source", required: false);
        var list = f.Cites("sources");
        return single is null ? list : [Cite.Parse(single.Slug, single.Location), .. list];
    }

    private static List<Figure> ReadFigures(Fields deal, DiagnosticBag diagnostics)
    {
        var figures = new List<Figure>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var g in deal.Records("figures", "a figure", RecordReaders.FigureKeys))
        {
            var id = g.Text("id", required: true);
            var label = g.Text("label", required: true);
            var value = g.Number("value", required: true);
            var unit = g.Text("unit", required: false);
            if (unit is null)
            {
                diagnostics.Error(Codes.MissingKey, g.Location, $"figure '{id}' has no unit",
                    $"add 'unit:' with one of: {string.Join(", ", Figure.Units)}");
            }

            var scale = Allowed(g, "scale", Figure.Scales, "a scale", diagnostics);
            var qualifier = Allowed(g, "qualifier", Figure.Qualifiers, "a qualifier", diagnostics);
            if (unit is not null && !Figure.Units.Contains(unit))
            {
                diagnostics.Error(Codes.ValueNotAllowed, g.LocationOf("unit"), $"'{unit}' is not a unit",
                    Suggest.Hint(unit, Figure.Units, $"units are: {string.Join(", ", Figure.Units)}"));
                unit = null;
            }

            if (id is not null && !ids.Add(id))
            {
                diagnostics.Error(Codes.DuplicateTermId, g.LocationOf("id"), $"two figures have the id '{id}'", "give each figure of a deal its own id");
                continue;
            }

            if (id is not null && label is not null && value is not null && unit is not null)
            {
                figures.Add(new Figure
                {
                    Id = id,
                    Label = label,
                    Value = value.Value,
                    Scale = scale,
                    Unit = unit,
                    Qualifier = qualifier,
                    Sources = g.Cites("sources"),
                    Location = g.Location,
                });
            }
        }

        return figures;
    }

    private static string? Allowed(Fields f, string key, IReadOnlyList<string> allowed, string what, DiagnosticBag diagnostics)
    {
        var text = f.Text(key, required: false);
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        diagnostics.Error(Codes.ValueNotAllowed, f.LocationOf(key), $"'{text}' is not {what}",
            Suggest.Hint(text, allowed, $"write one of: {string.Join(", ", allowed)}"));
        return null;
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
                    Sources = Citations(t),
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
                Sources = Citations(a),
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
