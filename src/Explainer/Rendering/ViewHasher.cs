using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Explainer.Content;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>A 128-bit hash of what a template sees: equal hashes mean equal data, so a page whose hash and
/// templates did not change renders to the same bytes as before. View objects are shared by many pages and
/// never change once built, so each is hashed once per build.</summary>
internal sealed class ViewHasher
{
    private readonly ConcurrentDictionary<object, UInt128> seen = new(ReferenceEqualityComparer.Instance);

    /// <summary>Thrown for a value whose type this hasher does not know; the page is then always rendered.</summary>
    public sealed class UnknownValueException(Type type) : Exception($"cannot hash a {type.Name}");

    [ThreadStatic]
    private static Stack<XxHash128>? free;

    public UInt128 Hash(object? value)
    {
        using var state = Lease.Take();
        Append(state.Hash, value);
        return state.Hash.GetCurrentHashAsUInt128();
    }

    /// <summary>A hash state of this thread's, reset, for as long as the lease is held: checking every page of a large
    /// site after an edit hashes millions of values, and a new state for each (a few hundred bytes) made most of what it
    /// allocated.</summary>
    public readonly struct Lease : IDisposable
    {
        private Lease(XxHash128 hash) => Hash = hash;

        public XxHash128 Hash { get; }

        public static Lease Take()
        {
            if (free is { Count: > 0 } states)
            {
                var hash = states.Pop();
                hash.Reset();
                return new Lease(hash);
            }

            return new Lease(new XxHash128());
        }

        public void Dispose() => (free ??= new Stack<XxHash128>()).Push(Hash);
    }

    public static void Append(XxHash128 hash, UInt128 value) =>
        hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<UInt128>(in value)));

    public static void Append(XxHash128 hash, string? text)
    {
        Tag(hash, text is null ? (byte)0 : (byte)1, text?.Length ?? 0);
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private void Append(XxHash128 hash, object? value)
    {
        switch (value)
        {
            case null: Tag(hash, 0, 0); break;
            case string text: Append(hash, text); break;
            case bool flag: Tag(hash, 2, flag ? 1 : 0); break;
            case int number: Tag(hash, 3, number); break;
            case long number: Tag(hash, 4, 0); hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in number))); break;
            case double number: Tag(hash, 5, 0); hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<double>(in number))); break;
            case RawHtml raw: Tag(hash, 6, 0); Append(hash, raw.Value); break;
            case Utf8Html utf8: Tag(hash, 8, utf8.Bytes.Length); hash.Append(utf8.Bytes); break;
            case ScriptObject or ScriptArray: Tag(hash, 7, 0); Append(hash, seen.GetOrAdd(value, Composite)); break;
            default: throw new UnknownValueException(value.GetType());
        }
    }

    private UInt128 Composite(object value)
    {
        using var state = Lease.Take();
        var hash = state.Hash;
        if (value is ScriptArray array)
        {
            Tag(hash, 8, array.Count);
            foreach (var item in array)
            {
                Append(hash, item);
            }
        }
        else
        {
            var members = (ScriptObject)value;
            Tag(hash, 9, members.Count);
            foreach (var (key, item) in members)
            {
                Append(hash, key);
                Append(hash, item);
            }
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static void Tag(XxHash128 hash, byte tag, int number)
    {
        Span<byte> bytes = stackalloc byte[5];
        bytes[0] = tag;
        BitConverter.TryWriteBytes(bytes[1..], number);
        hash.Append(bytes);
    }
}
