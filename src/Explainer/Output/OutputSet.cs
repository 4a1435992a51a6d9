using System.Collections.Concurrent;
using Explainer.Diagnostics;

namespace Explainer.Output;

/// <summary>The files of a build by path. Two sources writing one path is an error that names both.</summary>
public sealed class OutputSet
{
    private readonly ConcurrentDictionary<string, OutputFile> files = new(StringComparer.Ordinal);
    private readonly DiagnosticBag diagnostics;

    public OutputSet(DiagnosticBag diagnostics) => this.diagnostics = diagnostics;

    public void Add(string path, byte[] bytes, string origin)
    {
        var file = new OutputFile(path, bytes, origin);
        if (!files.TryAdd(path, file))
        {
            var first = files[path].Origin;
            var (a, b) = string.CompareOrdinal(first, origin) <= 0 ? (first, origin) : (origin, first);
            diagnostics.Error(Codes.UrlCollision, SourceLocation.File(b), $"'{b}' and '{a}' both write /{path}",
                "rename one of the two files");
        }
    }

    /// <summary>All files, ordered by path.</summary>
    public IReadOnlyList<OutputFile> ToSortedList() =>
        files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
