using System.IO.Hashing;
using System.Runtime.InteropServices;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>One hash per page over everything its render reads: the URL, the layout, <c>canonical</c>, <c>og_image</c>,
/// <c>preview</c>, the body's source (<see cref="PageBody.Key"/>), and the values of <c>site</c>, <c>page</c> and each
/// embedded block's data along the paths its previous render read (<see cref="ReadTree"/>; without a tree, the whole of
/// each). Templates are hashed separately (<see cref="Templates"/>), since a page depends only on those its
/// render included.</summary>
internal sealed class PageFingerprints(PageRenderer renderer, Theme theme)
{
    private readonly ViewHasher hasher = new();

    public IReadOnlyDictionary<string, UInt128> Templates { get; } = theme.Texts.ToDictionary(
        p => p.Key, p => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(p.Value.AsSpan())), StringComparer.Ordinal);

    /// <summary>The page's hash, with its data read along <paramref name="reads"/> (null: all of it). Null when the data
    /// holds a value the hasher does not know: the page is then rendered anyway.</summary>
    public UInt128? Of(Page page, ReadTree? reads)
    {
        using var state = ViewHasher.Lease.Take();
        var hash = state.Hash;
        try
        {
            using var _ = ReadLog.Use(null);
            ViewHasher.Append(hash, page.Url);
            ViewHasher.Append(hash, page.Layout);
            ViewHasher.Append(hash, renderer.Preview ? "preview" : "build");
            ViewHasher.Append(hash, renderer.Canonical(page.Url));
            ViewHasher.Append(hash, renderer.OgImage(page) ?? "");
            if (page.Body is { } body)
            {
                ViewHasher.Append(hash, body.Key);
                foreach (var block in body.Blocks)
                {
                    ViewHasher.Append(hash, block.Placeholder);
                }
            }

            var roots = renderer.Roots(page).ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);
            if (reads is null)
            {
                foreach (var (name, value) in roots)
                {
                    ViewHasher.Append(hash, name);
                    ViewHasher.Append(hash, hasher.Hash(value));
                }
            }
            else
            {
                foreach (var (name, node) in reads.Members)
                {
                    ViewHasher.Append(hash, name);
                    ViewHasher.Append(hash, Along(roots.GetValueOrDefault(name, ReadLog.Missing), node));
                }
            }

            return hash.GetCurrentHashAsUInt128();
        }
        catch (Exception e) when (e is ViewHasher.UnknownValueException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The hash of <paramref name="value"/> read along <paramref name="node"/>: the members and elements the
    /// tree names, the value itself where it was read whole, and, for an object nothing was read from, that it is one.</summary>
    private UInt128 Along(object? value, ReadTree node)
    {
        if (node.Whole || value is not (ViewObject or ScriptArray))
        {
            return value == ReadLog.Missing ? UInt128.MaxValue : hasher.Hash(value);
        }

        // The same view read along the same tree gives the same hash on every page that shows it: the view keeps the last.
        if (value is ViewObject { Read: { } known } && ReferenceEquals(known.Node, node))
        {
            return known.Hash;
        }

        using var state = ViewHasher.Lease.Take();
        var hash = state.Hash;
        if (value is ScriptArray list)
        {
            ViewHasher.Append(hash, "list");
            ViewHasher.Append(hash, (UInt128)(uint)list.Count);
            var elements = node.Elements ?? ReadTree.Held;
            foreach (var item in list)
            {
                ViewHasher.Append(hash, item is ScriptObject or ScriptArray ? Along(item, elements) : hasher.Hash(item));
            }
        }
        else
        {
            // Which record an object is, for templates that compare objects (a == b): its URL, where it has one.
            var target = (ViewObject)value;
            ViewHasher.Append(hash, target.TryGetValue(null, default, "url", out var url) && url is string text ? text : "object");
            foreach (var (member, child) in node.Members)
            {
                ViewHasher.Append(hash, member);
                ViewHasher.Append(hash, Along(target.TryGetValue(null, default, member, out var item) ? item : ReadLog.Missing, child));
            }
        }

        var result = hash.GetCurrentHashAsUInt128();
        if (value is ViewObject view)
        {
            view.Read = new ViewObject.ReadHash(node, result);
        }

        return result;
    }
}
