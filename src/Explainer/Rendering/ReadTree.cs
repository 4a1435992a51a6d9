using System.Collections.Concurrent;
using System.IO.Hashing;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>
/// What a page's render read from its data, as paths from its roots (<c>page</c>, <c>site</c>): the members read from
/// each object, the elements of each list (one node stands for every element), and the objects read whole. Rendering is
/// a function of what it reads, so a page whose data has the same values along these paths renders to the same bytes;
/// the preview's page cache compares those values (<see cref="PageFingerprints"/>) instead of the whole data, and a record
/// edit renders only the pages that read what it changed.
/// <para>Nodes are shared: equal subtrees are one node (<see cref="Interner"/>), so the trees of a site's pages take
/// little memory.</para>
/// </summary>
internal sealed class ReadTree
{
    /// <summary>An object the render held but read nothing from: its value counts only as being an object.</summary>
    public static readonly ReadTree Held = new([], null, false);

    /// <summary>The most nodes one page's tree may have; a page whose reads make more is compared whole instead.</summary>
    public const int NodeLimit = 200_000;

    private ReadTree((string Member, ReadTree Node)[] members, ReadTree? elements, bool whole)
    {
        (Members, Elements, Whole) = (members, elements, whole);
    }

    /// <summary>The members read, in ordinal order.</summary>
    public (string Member, ReadTree Node)[] Members { get; }

    /// <summary>What was read from the elements of the list at this path; null when the value was not a list.</summary>
    public ReadTree? Elements { get; }

    /// <summary>True when the render read the whole value here (listed, printed or compared it).</summary>
    public bool Whole { get; }

    private UInt128 Id { get; init; }

    /// <summary>The tree of <paramref name="log"/>, whose render had <paramref name="roots"/> as its global variables; null
    /// when the log cannot stand for the render: a read from an object none of the roots leads to, a cached partial
    /// rendered without a log, or more than <see cref="NodeLimit"/> nodes.</summary>
    public static ReadTree? Of(ReadLog log, IReadOnlyList<(string Name, object? Value)> roots, Interner interner)
    {
        if (!log.Complete)
        {
            return null;
        }

        var builder = new Builder();
        var root = new Node();
        foreach (var (name, value) in roots)
        {
            builder.Add(value, root.Child(name));
        }

        foreach (var (target, member, value) in log.Reads)
        {
            if (!builder.Nodes.TryGetValue(target, out var nodes))
            {
                return null;
            }

            // An object reached by several paths stands for each: the read is added under every one of them.
            for (var i = 0; i < nodes.Count; i++)
            {
                if (member is null)
                {
                    nodes[i].Whole = true;
                    builder.Cover(target);
                }
                else
                {
                    builder.Add(value, nodes[i].Child(member));
                }
            }

            if (builder.Count > NodeLimit)
            {
                return null;
            }
        }

        return interner.Freeze(root);
    }

    /// <summary>Makes each distinct tree once: a page's tree is made of nodes other pages' trees share.</summary>
    internal sealed class Interner
    {
        private readonly ConcurrentDictionary<UInt128, ReadTree> trees = new();

        public int Count => trees.Count;

        public ReadTree Freeze(Node node)
        {
            var members = node.Members?.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, Freeze(p.Value))).ToArray() ?? [];
            var elements = node.Elements is null ? null : Freeze(node.Elements);
            var hash = new XxHash128();
            ViewHasher.Append(hash, node.Whole ? "whole" : "part");
            ViewHasher.Append(hash, elements?.Id ?? UInt128.Zero);
            foreach (var (member, child) in members)
            {
                ViewHasher.Append(hash, member);
                ViewHasher.Append(hash, child.Id);
            }

            var id = hash.GetCurrentHashAsUInt128();
            return trees.GetOrAdd(id, _ => new ReadTree(members, elements, node.Whole) { Id = id });
        }
    }

    /// <summary>A tree being built from a log.</summary>
    internal sealed class Node
    {
        public Dictionary<string, Node>? Members { get; private set; }

        public Node? Elements { get; set; }

        public bool Whole { get; set; }

        public Node Child(string member)
        {
            Members ??= new(StringComparer.Ordinal);
            if (!Members.TryGetValue(member, out var child))
            {
                Members[member] = child = new Node();
            }

            return child;
        }
    }

    private sealed class Builder
    {
        public Dictionary<object, List<Node>> Nodes { get; } = new(ReferenceEqualityComparer.Instance);

        private readonly HashSet<(object, Node)> lists = [];

        public int Count { get; private set; }

        // Where the reads go from objects inside one read whole: the whole value stands for them.
        private readonly Node covered = new();
        private readonly HashSet<object> coveredValues = new(ReferenceEqualityComparer.Instance);

        /// <summary>Notes that everything inside <paramref name="value"/> was read with it (printing an object prints what
        /// it holds), so reads from those objects are reads of it.</summary>
        public void Cover(object? value)
        {
            if (value is not (ScriptObject or ScriptArray) || !coveredValues.Add(value) || Count > NodeLimit)
            {
                return;
            }

            Count++;
            if (value is ViewObject target)
            {
                Add(target, covered);
            }

            var items = value is ScriptArray list ? list : ((ScriptObject)value).Select(p => p.Value);
            foreach (var item in items)
            {
                Cover(item);
            }
        }

        /// <summary>Notes that <paramref name="value"/> was reached at <paramref name="node"/>: later reads from it (or,
        /// for a list, from its elements) are paths under it.</summary>
        public void Add(object? value, Node node)
        {
            switch (value)
            {
                case ViewObject target:
                    if (!Nodes.TryGetValue(target, out var nodes))
                    {
                        Nodes[target] = nodes = [];
                    }

                    if (!nodes.Contains(node))
                    {
                        nodes.Add(node);
                        Count++;
                    }

                    break;
                case ScriptArray list when lists.Add((list, node)):
                    node.Elements ??= new Node();
                    Count += list.Count;
                    foreach (var item in list)
                    {
                        Add(item, node.Elements);
                    }

                    break;
            }
        }
    }
}
