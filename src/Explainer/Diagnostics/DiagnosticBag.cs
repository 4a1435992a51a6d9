namespace Explainer.Diagnostics;

/// <summary>Collects the findings of every stage so that one run reports all of them. Thread-safe.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];
    private readonly HashSet<string> ignored = new(StringComparer.Ordinal);
    private bool warningsAreErrors;

    public bool HasErrors
    {
        get
        {
            lock (items)
            {
                return items.Exists(d => d.IsError || (warningsAreErrors && !ignored.Contains(d.Code)));
            }
        }
    }

    /// <summary>Warnings of these codes are left out of <see cref="ToSortedList"/> (errors are never left out), and
    /// with <paramref name="warningsAreErrors"/> every other warning counts as an error. Applies to findings added
    /// before and after.</summary>
    public void Apply(IEnumerable<string> ignoredWarnings, bool warningsAreErrors = false)
    {
        lock (items)
        {
            ignored.UnionWith(ignoredWarnings.Where(Codes.Warnings.ContainsKey));
            this.warningsAreErrors |= warningsAreErrors;
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (items)
        {
            items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>Every finding as added: none left out, none made an error by <see cref="Apply"/>.</summary>
    internal IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (items)
            {
                return items.ToList();
            }
        }
    }

    public void Error(string code, SourceLocation location, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, location, message, hint));

    public void Warning(string code, SourceLocation location, string message, string? hint = null, string? subject = null) =>
        Add(new Diagnostic(Severity.Warning, code, location, message, hint) { Subject = subject });

    /// <summary>The findings in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (items)
        {
            return items
                .Where(d => d.IsError || !ignored.Contains(d.Code))
                .Select(d => d.IsError || !warningsAreErrors ? d : d with { Severity = Severity.Error })
                .Distinct()
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Line)
                .ThenBy(d => d.Location.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
