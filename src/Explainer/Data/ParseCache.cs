using System.Collections.Concurrent;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Sources;

namespace Explainer.Data;

/// <summary>What each content file read to last time, with its findings, kept between builds of the preview
/// server: a file whose bytes did not change is not decoded or parsed again. Records are immutable, so
/// handing the same one to the next build is safe.</summary>
public sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private int lastParsed;

    /// <summary>Files parsed (not found in the cache) by the latest build.</summary>
    public int LastParsed => lastParsed;

    internal object? GetOrRead(InputFile file, RawHtml rawHtml, DiagnosticBag diagnostics, Func<DiagnosticBag, object?> read)
    {
        if (entries.TryGetValue(file.Path, out var entry) && entry.RawHtml == rawHtml
            && (ReferenceEquals(entry.Bytes, file.Bytes) || entry.Bytes.AsSpan().SequenceEqual(file.Bytes)))
        {
            diagnostics.AddRange(entry.Findings);
            return entry.Record;
        }

        var own = new DiagnosticBag();
        var record = read(own);
        var findings = own.ToSortedList();
        diagnostics.AddRange(findings);
        entries[file.Path] = new Entry(file.Bytes, rawHtml, record, findings);
        Interlocked.Increment(ref lastParsed);
        return record;
    }

    /// <summary>The findings of the file's latest parse, if it was parsed.</summary>
    internal IReadOnlyList<Diagnostic>? Findings(string path) => entries.TryGetValue(path, out var entry) ? entry.Findings : null;

    /// <summary>Forgets files that are no longer part of the input.</summary>
    internal void Retain(IReadOnlyList<InputFile> files)
    {
        var present = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in entries.Keys.Where(p => !present.Contains(p)))
        {
            entries.TryRemove(path, out _);
        }

        lastParsed = 0;
    }

    private sealed record Entry(byte[] Bytes, RawHtml RawHtml, object? Record, IReadOnlyList<Diagnostic> Findings);
}
