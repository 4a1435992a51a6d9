using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary><c>input/data/companies/&lt;slug&gt;.yml</c>.</summary>
public sealed record Company
{
    public static readonly IReadOnlyList<string> AllowedRoles = ["lab", "cloud", "investor", "chips", "product"];

    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public required string Summary { get; init; }
    public string? Website { get; init; }
    public required IReadOnlyList<Ref> Sources { get; init; }
    public DateOnly? Updated { get; init; }
    public required SourceLocation Location { get; init; }

    public bool IsLab => Roles.Contains("lab");
    public bool IsCloud => Roles.Contains("cloud");
    public string Url => $"/companies/{Slug}/";
}
