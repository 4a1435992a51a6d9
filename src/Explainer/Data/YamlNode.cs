using Explainer.Diagnostics;

namespace Explainer.Data;

/// <summary>A YAML value with the position it was read from. The tree has no aliases and no tags.</summary>
public abstract record YamlNode(SourceLocation Location)
{
    public abstract string Kind { get; }
}

/// <summary>A scalar; <see cref="Plain"/> is false for quoted and block scalars.</summary>
public sealed record YamlScalar(string Value, bool Plain, SourceLocation Location) : YamlNode(Location)
{
    public override string Kind => "a text value";

    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar.</summary>
    public bool IsNull => Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(IReadOnlyList<YamlNode> Items, SourceLocation Location) : YamlNode(Location)
{
    public override string Kind => "a list";
}

public sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, SourceLocation Location) : YamlNode(Location)
{
    public override string Kind => "a mapping";
}
