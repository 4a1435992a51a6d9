using System.Globalization;
using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>An amount, a capacity or a duration that a deal states, as data: the site formats every figure
/// the same way and never adds figures up.</summary>
public sealed record Figure
{
    public static readonly IReadOnlyList<string> Units = ["USD", "EUR", "GBP", "GW", "MW", "percent", "years", "year", "chips", "GPUs"];
    public static readonly IReadOnlyList<string> Scales = ["thousand", "million", "billion", "trillion"];
    public static readonly IReadOnlyList<string> Qualifiers = ["about", "up to", "more than", "at least"];

    public required string Id { get; init; }
    public required string Label { get; init; }
    public required decimal Value { get; init; }
    public string? Scale { get; init; }
    public required string Unit { get; init; }
    public string? Qualifier { get; init; }
    public required IReadOnlyList<Cite> Sources { get; init; }
    public required SourceLocation Location { get; init; }

    /// <summary>"$1 billion", "€15 million", "more than $13 billion", "4.5 GW", "20%", "7 years"; a calendar year (<c>year</c>) as "2032".</summary>
    public string Display
    {
        get
        {
            var number = Value.ToString("#,0.###", CultureInfo.InvariantCulture);
            var scaled = Scale is null ? number : $"{number} {Scale}";
            var text = Unit switch
            {
                "USD" => $"${scaled}",
                "EUR" => $"€{scaled}",
                "GBP" => $"£{scaled}",
                "percent" => Scale is null ? $"{number}%" : $"{scaled} percent",
                "year" => Value.ToString("0", CultureInfo.InvariantCulture),
                "years" => $"{scaled} {(Value == 1 && Scale is null ? "year" : "years")}",
                _ => $"{scaled} {Unit}",
            };
            return Qualifier is null ? text : $"{Qualifier} {text}";
        }
    }
}
