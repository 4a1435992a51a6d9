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
    private readonly Action<OutputFile>? sink;

    public OutputSet(DiagnosticBag diagnostics, Action<OutputFile>? sink = null)
    {
        this.diagnostics = diagnostics;
        this.sink = sink;
    }

    public int Count => files.Count;

    public void Add(string path, byte[] bytes, string origin)
    {
        var file = new OutputFile(path, bytes, origin);
        if (!files.TryAdd(path, sink is null ? file : file with { Bytes = [] }))
        {
            var first = files[path].Origin;
            var (a, b) = string.CompareOrdinal(first, origin) <= 0 ? (first, origin) : (origin, first);
            diagnostics.Error(Codes.UrlCollision, SourceLocation.File(b), $"'{b}' and '{a}' both write /{path}",
                "rename one of the two files");
            return;
        }

        sink?.Invoke(file);
    }

    /// <summary>All files, ordered by path (empty of bytes when they went to a sink).</summary>
    public IReadOnlyList<OutputFile> ToSortedList() =>
        files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
