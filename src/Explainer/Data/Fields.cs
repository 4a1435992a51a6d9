using System.Globalization;
using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Data;

/// <summary>Typed access to the keys of one YAML mapping. Unknown keys are reported once, on creation,
/// with the allowed keys as the hint; every getter reports a wrong type or a missing required key. A getter asked for
/// a key its table does not list, or with another required flag, is a bug in the reader and throws.</summary>
public sealed class Fields
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> entries = new(StringComparer.Ordinal);
    private readonly DiagnosticBag diagnostics;
    private readonly string what;
    private readonly IReadOnlyList<Key> keys;

    private Fields(YamlMapping mapping, string what, IReadOnlyList<Key> keys, DiagnosticBag diagnostics)
    {
        Location = mapping.Location;
        this.what = what;
        this.keys = keys;
        this.diagnostics = diagnostics;
        foreach (var entry in mapping.Entries)
        {
            entries[entry.Key.Value] = entry;
        }
    }

    public SourceLocation Location { get; }

    /// <summary>Reads <paramref name="node"/> as a mapping of <paramref name="what"/>; null (reported) when it is not one.</summary>
    public static Fields? Of(YamlNode? node, SourceLocation fallback, string what, IReadOnlyList<Key> keys, DiagnosticBag diagnostics)
    {
        var allowedKeys = keys.Select(k => k.Name).ToList();
        if (node is null or YamlScalar { IsNull: true })
        {
            diagnostics.Error(Codes.MissingKey, fallback, $"{what} is empty", $"write the keys {string.Join(", ", allowedKeys)}");
            return null;
        }

        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(Codes.WrongType, node.Location, $"{what} must be a mapping of keys, not {node.Kind}",
                $"write 'key: value' lines with the keys {string.Join(", ", allowedKeys)}");
            return null;
        }

        foreach (var (key, _) in mapping.Entries)
        {
            if (!allowedKeys.Contains(key.Value))
            {
                var guess = Suggest.DidYouMean(key.Value, allowedKeys);
                var hint = (guess is null ? "" : guess + " ") + $"allowed keys: {string.Join(", ", allowedKeys)}";
                diagnostics.Error(Codes.UnknownKey, key.Location, $"unknown key '{key.Value}' in {what}", hint);
            }
        }

        return new Fields(mapping, what, keys, diagnostics);
    }

    public bool Has(string key) => entries.TryGetValue(key, out var entry) && entry.Value is not YamlScalar { IsNull: true };

    public SourceLocation LocationOf(string key) =>
        entries.TryGetValue(key, out var entry) ? entry.Value.Location : Location;

    public SourceLocation KeyLocationOf(string key) =>
        entries.TryGetValue(key, out var entry) ? entry.Key.Location : Location;

    public string? Text(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (required && scalar.Value.Trim().Length == 0)
        {
            diagnostics.Error(Codes.EmptyValue, scalar.Location, $"'{key}' of {what} is empty", $"write a value for '{key}'");
            return null;
        }

        return scalar.Value;
    }

    public bool Bool(string key)
    {
        var scalar = Scalar(key, required: false);
        if (scalar is null)
        {
            return false;
        }

        if (scalar.Value is "true" or "false")
        {
            return scalar.Value == "true";
        }

        diagnostics.Error(Codes.ValueNotAllowed, scalar.Location, $"'{key}' must be true or false, not '{scalar.Value}'", "write true or false");
        return false;
    }

    public DateOnly? Date(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (scalar.Value.Length == 10
            && DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        diagnostics.Error(Codes.InvalidDate, scalar.Location, $"'{scalar.Value}' is not a valid date for '{key}'",
            "write an ISO date that exists, such as 2026-11-20");
        return null;
    }

    /// <summary>A date, or a month (<c>2025-11</c>) when the sources give no day: the month's first day, flagged.</summary>
    public (DateOnly? Date, bool MonthOnly) DateOrMonth(string key)
    {
        var scalar = Scalar(key, required: false);
        if (scalar is { Value.Length: 7 }
            && DateOnly.TryParseExact(scalar.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return (month, true);
        }

        return (Date(key, required: false), false);
    }

    /// <summary>A list of text values; a single value is not accepted as a list.</summary>
    public IReadOnlyList<YamlScalar> List(string key, bool required = false)
    {
        Check(key, required);
        if (!entries.TryGetValue(key, out var entry) || entry.Value is YamlScalar { IsNull: true })
        {
            if (required)
            {
                Missing(key);
            }

            return [];
        }

        if (entry.Value is not YamlSequence sequence)
        {
            diagnostics.Error(Codes.WrongType, entry.Value.Location, $"'{key}' must be a list, not {entry.Value.Kind}",
                $"write it as [a, b] or as lines starting with '- '");
            return [];
        }

        var result = new List<YamlScalar>(sequence.Items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalar scalar || scalar.IsNull)
            {
                diagnostics.Error(Codes.WrongType, item.Location, $"each entry of '{key}' must be a text value, not {item.Kind}");
                continue;
            }

            if (!seen.Add(scalar.Value))
            {
                diagnostics.Error(Codes.DuplicateValue, scalar.Location, $"'{scalar.Value}' appears twice in '{key}'", "remove the second one");
                continue;
            }

            result.Add(scalar);
        }

        return result;
    }

    /// <summary>Citations: <c>source-id</c> or <c>source-id#claim-id</c>, each with its position.</summary>
    public IReadOnlyList<Cite> Cites(string key, bool required = false) =>
        List(key, required).Select(s => Cite.Parse(s.Value, s.Location)).ToList();

    /// <summary>A plain decimal number such as 13, 4.5 or 1500 (no thousands separators, no units).</summary>
    public decimal? Number(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        diagnostics.Error(Codes.WrongType, scalar.Location, $"'{key}' must be a number, not '{scalar.Value}'",
            "write digits with an optional decimal point, such as 13 or 4.5, and put the unit in 'unit' and 'scale'");
        return null;
    }

    /// <summary>The items of a list, each a text value or a mapping; the caller reads each as it needs.</summary>
    public IReadOnlyList<YamlNode> Items(string key)
    {
        Check(key, required: false);
        if (!entries.TryGetValue(key, out var entry) || entry.Value is YamlScalar { IsNull: true })
        {
            return [];
        }

        if (entry.Value is not YamlSequence sequence)
        {
            diagnostics.Error(Codes.WrongType, entry.Value.Location, $"'{key}' must be a list, not {entry.Value.Kind}",
                "write each entry on a line starting with '- '");
            return [];
        }

        return sequence.Items;
    }

    public IReadOnlyList<Ref> Refs(string key, bool required = false) =>
        List(key, required).Select(s => new Ref(s.Value, s.Location)).ToList();

    public Ref? RefOf(string key, bool required)
    {
        var scalar = Scalar(key, required);
        return scalar is null ? null : new Ref(scalar.Value, scalar.Location);
    }

    /// <summary>A list of mappings, each read with its own allowed keys.</summary>
    public IReadOnlyList<Fields> Records(string key, string itemWhat, IReadOnlyList<Key> allowedKeys)
    {
        if (!ReferenceEquals(Check(key, required: false).Items, allowedKeys))
        {
            throw new InvalidOperationException($"the reader of {what} reads the entries of '{key}' with other keys than its table's");
        }

        return Items(key)
            .Select(item => Of(item, item.Location, itemWhat, allowedKeys, diagnostics))
            .OfType<Fields>()
            .ToList();
    }

    public Fields? Record(string key, string itemWhat, IReadOnlyList<Key> allowedKeys) =>
        Check(key, required: false) is not null && entries.TryGetValue(key, out var entry) ? Of(entry.Value, entry.Key.Location, itemWhat, allowedKeys, diagnostics) : null;

    private YamlScalar? Scalar(string key, bool required)
    {
        Check(key, required);
        if (!entries.TryGetValue(key, out var entry) || entry.Value is YamlScalar { IsNull: true })
        {
            if (required)
            {
                Missing(key);
            }

            return null;
        }

        if (entry.Value is YamlScalar scalar)
        {
            return scalar;
        }

        diagnostics.Error(Codes.WrongType, entry.Value.Location, $"'{key}' must be a single text value, not {entry.Value.Kind}",
            "write the value on the same line as the key");
        return null;
    }

    /// <summary>The table's entry for <paramref name="key"/>, which must say what the reader assumes.</summary>
    private Key Check(string key, bool required)
    {
        foreach (var spec in keys)
        {
            if (spec.Name == key && (spec.Required && !spec.MissingReportedByReader) == required)
            {
                return spec;
            }
        }

        throw new InvalidOperationException(
            $"the reader of {what} asks for '{key}' with required: {required}, but its key table does not say so: keep the table and the reader in step");
    }

    private void Missing(string key) =>
        diagnostics.Error(Codes.MissingKey, Location, $"{what} has no '{key}'", $"add a line '{key}: ...'");
}
