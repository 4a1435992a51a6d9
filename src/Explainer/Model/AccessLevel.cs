namespace Explainer.Model;

/// <summary>How freely a lab may use a cloud; the matrix shows one per lab and cloud.</summary>
public enum AccessLevel
{
    Unknown,
    Exclusive,
    Priority,
    Available,
    Restricted,
}

public static class AccessLevels
{
    public static readonly IReadOnlyList<string> Names = ["exclusive", "priority", "available", "restricted", "unknown"];

    public static string Name(this AccessLevel level) => level switch
    {
        AccessLevel.Exclusive => "exclusive",
        AccessLevel.Priority => "priority",
        AccessLevel.Available => "available",
        AccessLevel.Restricted => "restricted",
        _ => "unknown",
    };

    public static AccessLevel? Parse(string text) => text switch
    {
        "exclusive" => AccessLevel.Exclusive,
        "priority" => AccessLevel.Priority,
        "available" => AccessLevel.Available,
        "restricted" => AccessLevel.Restricted,
        "unknown" => AccessLevel.Unknown,
        _ => null,
    };
}
