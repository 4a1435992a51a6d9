using System.Collections;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>
/// A <see cref="ScriptObject"/> of template data (<see cref="Views"/>, a page's data) that tells the <see cref="ReadLog"/>
/// of the render on its thread, if any, what a template read from it: a member by name (<c>page.title</c>,
/// <c>deal["title"]</c>, <c>object.has_key</c>), or the whole object (listing its members, looping over it, printing
/// it). Without a log, it is an ordinary read-only script object. Comparing two objects (<c>a == b</c>, and each step of
/// a <c>for</c> loop, for <c>for.changed</c>) is not logged: the page cache tells objects apart by their <c>url</c>.
/// </summary>
internal sealed class ViewObject(int capacity = 0) : ScriptObject(capacity, autoImportStaticsFromThisType: false), IScriptObject, IEnumerable<KeyValuePair<string, object?>>
{
    /// <summary>The hash of this object's values along the tree it was last read along, for the page cache
    /// (<see cref="PageFingerprints"/>): a view shown on many pages is hashed once. The object never changes, so
    /// neither does its hash along one tree.</summary>
    internal ReadHash? Read { get => Volatile.Read(ref read); set => Volatile.Write(ref read, value); }

    private ReadHash? read;

    internal sealed record ReadHash(ReadTree Node, UInt128 Hash);

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var found = base.TryGetValue(context, span, member, out value);
        ReadLog.Current?.Member(this, member, found ? value : ReadLog.Missing);
        return found;
    }

    public override bool Contains(string member)
    {
        var found = base.Contains(member);
        if (ReadLog.Current is { } log)
        {
            log.Member(this, member, found ? this[member] : ReadLog.Missing);
        }

        return found;
    }

    public override string ToString(string? format, IFormatProvider? formatProvider)
    {
        ReadLog.Current?.Whole(this);
        return base.ToString(format, formatProvider);
    }

    public override IScriptObject Clone(bool deep)
    {
        ReadLog.Current?.Whole(this);
        return base.Clone(deep);
    }

    int IScriptObject.Count
    {
        get
        {
            ReadLog.Current?.Whole(this);
            return Count;
        }
    }

    IEnumerable<string> IScriptObject.GetMembers()
    {
        ReadLog.Current?.Whole(this);
        return GetMembers();
    }

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator()
    {
        ReadLog.Current?.Whole(this);
        return GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator()
    {
        ReadLog.Current?.Whole(this);
        return GetEnumerator();
    }
}

/// <summary>
/// What one page's render read from its template data, in order: each member a template read from a <see cref="ViewObject"/>,
/// with the value it got, and each object it read whole. The render's thread holds it as <see cref="Current"/>.
/// </summary>
internal sealed class ReadLog
{
    [ThreadStatic]
    private static ReadLog? current;

    /// <summary>The value of a member the object does not have.</summary>
    public static readonly object Missing = new();

    private readonly List<(ViewObject Target, string? Member, object? Value)> reads = [];

    /// <summary>The log of the render on this thread; null when no render is being logged.</summary>
    public static ReadLog? Current => current;

    /// <summary>False once the render read something the log cannot stand for (a cached partial rendered without a log).</summary>
    public bool Complete { get; private set; } = true;

    public IReadOnlyList<(ViewObject Target, string? Member, object? Value)> Reads => reads;

    public void Member(ViewObject target, string member, object? value) => reads.Add((target, member, value));

    public void Whole(ViewObject target) => reads.Add((target, null, null));

    /// <summary>Adds the reads of a cached partial's render, made once and reused: its output depends on them on every
    /// page that includes it. Null when that render was not logged.</summary>
    public void Replay(IReadOnlyList<(ViewObject Target, string? Member, object? Value)>? replayed)
    {
        if (replayed is null)
        {
            Complete = false;
            return;
        }

        reads.AddRange(replayed);
    }

    /// <summary>Logs the reads of this thread into <paramref name="log"/> (null: logs nothing) until the result is disposed,
    /// which gives the thread back the log it had.</summary>
    public static Scope Use(ReadLog? log)
    {
        var previous = current;
        current = log;
        return new Scope(previous);
    }

    public readonly struct Scope(ReadLog? previous) : IDisposable
    {
        public void Dispose() => current = previous;
    }
}
