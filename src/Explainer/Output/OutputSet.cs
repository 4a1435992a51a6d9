using System.Collections.Concurrent;
using Explainer.Diagnostics;

namespace Explainer.Output;

/// <summary>The files of a build by path. Two sources writing one path is an error that names both.
/// With a sink, each file goes to it as soon as it is added and only its path and origin are kept:
/// a large build then never holds every page in memory.</summary>
public sealed class OutputSet
{
    private readonly ConcurrentDictionary<string, OutputFile> files = new(StringComparer.Ordinal);
    private readonly DiagnosticBag diagnostics;
    private readonly OutputSink? sink;

    public OutputSet(DiagnosticBag diagnostics, OutputSink? sink = null)
    {
        this.diagnostics = diagnostics;
        this.sink = sink;
    }

    public int Count => files.Count;

    public void Add(string path, byte[] bytes, string origin) => Add(path, bytes, bytes, origin);

    /// <summary>Adds a file whose bytes are only valid during the call; they are copied only when there is no sink.</summary>
    public void Add(string path, ReadOnlySpan<byte> bytes, string origin) => Add(path, null, bytes, origin);

    private void Add(string path, byte[]? array, ReadOnlySpan<byte> bytes, string origin)
    {
        if (!files.TryAdd(path, new OutputFile(path, sink is not null ? [] : array ?? bytes.ToArray(), origin)))
        {
            var first = files[path].Origin;
            var (a, b) = string.CompareOrdinal(first, origin) <= 0 ? (first, origin) : (origin, first);
            diagnostics.Error(Codes.UrlCollision, SourceLocation.File(b), $"'{b}' and '{a}' both write /{path}",
                "rename one of the two files");
            return;
        }

        sink?.Invoke(path, bytes);
    }

    /// <summary>All files, ordered by path (empty of bytes when they went to a sink).</summary>
    public IReadOnlyList<OutputFile> ToSortedList() =>
        files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
