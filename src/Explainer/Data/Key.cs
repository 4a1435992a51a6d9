using Explainer.Model;

namespace Explainer.Data;

/// <summary>One key a record may have: the readers accept exactly these keys, and <see cref="JsonSchemas"/> turns the
/// same tables into the schemas editors use, so the two cannot tell a writer different things.</summary>
public sealed record Key(string Name, KeyKind Kind, string Description)
{
    public bool Required { get; init; }

    /// <summary>A list of values of <see cref="Kind"/> rather than one.</summary>
    public bool IsList { get; init; }

    /// <summary>The allowed values of a <see cref="KeyKind.Choice"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>What a <see cref="KeyKind.Ref"/> names.</summary>
    public RecordKind? Refers { get; init; }

    /// <summary>The keys of each entry of a <see cref="KeyKind.Records"/> list, or of an entry of a <see cref="KeyKind.Claims"/>
    /// list written as a mapping.</summary>
    public IReadOnlyList<Key> Items { get; init; } = [];

    /// <summary>A <see cref="KeyKind.Number"/> that must be a whole number from 1 (otherwise any number from 0).</summary>
    public bool Whole { get; init; }

    /// <summary>The schema requires the key, but the reader asks for it as optional and reports a missing one itself,
    /// with a message of its own (a figure without a unit).</summary>
    public bool MissingReportedByReader { get; init; }

    public static Key Text(string name, string description, bool required = false) => new(name, KeyKind.Text, description) { Required = required };

    public static Key Texts(string name, string description) => new(name, KeyKind.Text, description) { IsList = true };

    public static Key Date(string name, string description, bool required = false) => new(name, KeyKind.Date, description) { Required = required };

    public static Key Url(string name, string description) => new(name, KeyKind.Url, description);

    public static Key Link(string name, string description, bool required = false) => new(name, KeyKind.Link, description) { Required = required };

    public static Key Slug(string name, string description, bool required = false) => new(name, KeyKind.Slug, description) { Required = required };

    public static Key Slugs(string name, string description) => new(name, KeyKind.Slug, description) { IsList = true };

    public static Key Bool(string name, string description) => new(name, KeyKind.Bool, description);

    public static Key Choice(string name, IReadOnlyList<string> choices, string description, bool required = false) =>
        new(name, KeyKind.Choice, description) { Choices = choices, Required = required };

    public static Key ChoiceList(string name, IReadOnlyList<string> choices, string description, bool required = false) =>
        new(name, KeyKind.Choice, description) { Choices = choices, Required = required, IsList = true };

    public static Key Ref(string name, RecordKind refers, string description, bool required = false) =>
        new(name, KeyKind.Ref, description) { Refers = refers, Required = required };

    public static Key Refs(string name, RecordKind refers, string description, bool required = false) =>
        new(name, KeyKind.Ref, description) { Refers = refers, Required = required, IsList = true };

    public static Key Records(string name, IReadOnlyList<Key> items, string description) =>
        new(name, KeyKind.Records, description) { Items = items, IsList = true };

    public static Key Number(string name, string description, bool required = false) => new(name, KeyKind.Number, description) { Required = required };

    public static Key WholeNumber(string name, string description) => new(name, KeyKind.Number, description) { Whole = true };

    public static Key DateOrMonth(string name, string description) => new(name, KeyKind.DateOrMonth, description);

    public static Key Cites(string name, string description) => new(name, KeyKind.Cite, description) { IsList = true };

    public static Key Claims(string name, IReadOnlyList<Key> items, string description) =>
        new(name, KeyKind.Claims, description) { Items = items, IsList = true };
}

/// <summary>What a key's value is. Every scalar is read as text; the kind says what that text must look like.</summary>
public enum KeyKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>An ISO date, <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>An absolute http(s) URL.</summary>
    Url,

    /// <summary>A site path starting with <c>/</c>, or an absolute http(s) URL.</summary>
    Link,

    /// <summary>A lower-case slug that names nothing else, such as a tag.</summary>
    Slug,

    /// <summary>One of <see cref="Key.Choices"/>.</summary>
    Choice,

    /// <summary>The slug of a record of <see cref="Key.Refers"/>.</summary>
    Ref,

    /// <summary>A list of mappings with the keys <see cref="Key.Items"/>.</summary>
    Records,

    /// <summary>A plain decimal number such as 13 or 4.5 (a whole number from 1 when <see cref="Key.Whole"/>).</summary>
    Number,

    /// <summary>An ISO date, <c>YYYY-MM-DD</c>, or a month, <c>YYYY-MM</c>, when the sources give no day.</summary>
    DateOrMonth,

    /// <summary>A citation: a source id (seeds/), or <c>source-id#claim-id</c> for one claim of the source.</summary>
    Cite,

    /// <summary>A list whose entries are each plain text or a mapping with the keys <see cref="Key.Items"/>.</summary>
    Claims,
}
