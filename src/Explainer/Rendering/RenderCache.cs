using System.Collections.Concurrent;
using System.IO.Hashing;

namespace Explainer.Rendering;

/// <summary>The bytes of each page from the previous build of the preview server, with the hash of its data
/// and of the templates its render included. A page is rendered again only when one of the two changed.</summary>
public sealed class RenderCache
{
    private ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Entry> next = new(StringComparer.Ordinal);
    private int rendered;

    /// <summary>Pages the latest build rendered (the others were reused).</summary>
    public int LastRendered => rendered;

    internal void Begin()
    {
        next = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        rendered = 0;
    }

    internal byte[]? Find(string path, UInt128 data, IReadOnlyDictionary<string, UInt128> templates)
    {
        if (entries.TryGetValue(path, out var entry) && entry.Data == data && entry.Templates == TemplatesHash(entry.Included, templates))
        {
            next[path] = entry;
            return entry.Bytes;
        }

        return null;
    }

    internal void Store(string path, UInt128 data, IReadOnlyCollection<string> included, IReadOnlyDictionary<string, UInt128> templates, byte[] bytes)
    {
        var paths = included.Order(StringComparer.Ordinal).ToArray();
        next[path] = new Entry(data, paths, TemplatesHash(paths, templates), bytes);
        Interlocked.Increment(ref rendered);
    }

    /// <summary>Keeps only the pages of the build that just finished.</summary>
    internal void End() => entries = next;

    private static UInt128 TemplatesHash(string[] paths, IReadOnlyDictionary<string, UInt128> templates)
    {
        var hash = new XxHash128();
        foreach (var path in paths)
        {
            ViewHasher.Append(hash, path);
            ViewHasher.Append(hash, templates.TryGetValue(path, out var text) ? text : UInt128.MaxValue);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private sealed record Entry(UInt128 Data, string[] Included, UInt128 Templates, byte[] Bytes);
}
