namespace Explainer.Diagnostics;

/// <summary>
/// A file's warnings of one code as one finding, with a count and the first position: a large site with raw HTML
/// in every article would otherwise print tens of thousands of lines that nobody reads. Errors are never grouped.
/// </summary>
public static class WarningGroups
{
    /// <param name="diagnostics">Sorted, as <see cref="DiagnosticBag.ToSortedList"/> returns them.</param>
    public static IReadOnlyList<Diagnostic> Collapse(IReadOnlyList<Diagnostic> diagnostics)
    {
        var groups = diagnostics.Where(d => !d.IsError)
            .GroupBy(d => (d.Location.Path, d.Code))
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.ToList());
        var result = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.IsError || !groups.TryGetValue((diagnostic.Location.Path, diagnostic.Code), out var group))
            {
                result.Add(diagnostic);
            }
            else if (ReferenceEquals(group[0], diagnostic))
            {
                result.Add(Summary(group));
            }
        }

        return result;
    }

    /// <summary>"raw HTML omitted 14 times (div x10, span x4); first at line 5: ..."</summary>
    private static Diagnostic Summary(List<Diagnostic> group)
    {
        var first = group[0];
        var what = Codes.Warnings.TryGetValue(first.Code, out var phrase) ? phrase : $"warning {first.Code}";
        var subjects = group.Where(d => d.Subject is not null).GroupBy(d => d.Subject!, StringComparer.Ordinal)
            .OrderByDescending(s => s.Count()).ThenBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{s.Key} x{s.Count()}")
            .ToList();
        var counted = subjects.Count == 0 ? "" : $" ({string.Join(", ", subjects)})";
        var hint = first.Hint is null ? "--verbose lists every one" : $"{first.Hint}; --verbose lists every one";
        return first with { Message = $"{what} {group.Count} times{counted}; first at line {first.Location.Line}: {first.Message}", Hint = hint };
    }
}
