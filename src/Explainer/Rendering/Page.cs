using System.Runtime.CompilerServices;
using Scriban.Runtime;

namespace Explainer.Rendering;

/// <summary>One HTML page to render: its URL, its kind (whose layout under <c>theme/layouts/</c> renders it) and the data it receives as
/// <c>page</c>. The data is built on first use, by the thread that renders the page, and let go once the page is
/// rendered: a large site never holds every page's data at once.</summary>
public sealed record Page(string Url, PageKind Kind, Func<ScriptObject> MakeData, string Origin, PageBody? Body = null)
{
    private ScriptObject? data;

    /// <summary>The URL of the page's own sharing card; pages without one share the site's card.</summary>
    public string? Card { get; init; }

    /// <summary>When the page's content last changed, for the sitemap's <c>lastmod</c> (<c>2026-11-30</c>, or
    /// <c>2025-11</c> for a deal dated to its month); null for pages without a date.</summary>
    public string? Modified { get; init; }

    public string Layout => Kind.Layout;

    public ScriptObject Data => Volatile.Read(ref data) ?? Interlocked.CompareExchange(ref data, MakeData(), null) ?? data!;

    /// <summary><c>/companies/openai/</c> to <c>companies/openai/index.html</c>; <c>/404.html</c> stays as it is.</summary>
    public string OutputPath => OutputPathOf(Url);

    /// <summary>The file a page at <paramref name="url"/> is written to (<see cref="OutputPath"/>).</summary>
    public static string OutputPathOf(string url) =>
        url.EndsWith('/') ? string.Concat(url.AsSpan().TrimStart('/'), "index.html") : url.TrimStart('/');

    /// <summary>Lets go of the data; reading <see cref="Data"/> again builds it anew.</summary>
    internal void Release()
    {
        Volatile.Write(ref data, null);
        Body?.Release();
    }
}

/// <summary>What only an article's own page reads: its body as HTML, with its headings and word count. It is derived
/// from the article's source when the page renders and let go with the page's data, so a build never holds every
/// body at once. <see cref="Key"/> stands for the source it is derived from: equal keys, equal bodies.</summary>
/// <param name="outline">The body's headings and word count without its HTML, when they are known without deriving it
/// (the preview keeps them from the parse): the page's data is then made without parsing the body, as the preview does
/// for every page after an edit, to see whether it changed.</param>
public sealed class PageBody(Func<Content.RenderedMarkdown> derive, Func<UInt128> keyOf, IReadOnlyList<Content.EmbeddedBlock> blocks,
    Content.RenderedMarkdown? outline = null)
{
    private Content.RenderedMarkdown? value;
    private StrongBox<UInt128>? key;

    /// <summary>Worked out when first asked for (the page cache asks), not when the page is planned.</summary>
    public UInt128 Key => (Volatile.Read(ref key) ?? Interlocked.CompareExchange(ref key, new StrongBox<UInt128>(keyOf()), null) ?? key!).Value;

    /// <summary>The embedded blocks, known without deriving the body (other pages' data depends on them too).</summary>
    public IReadOnlyList<Content.EmbeddedBlock> Blocks => blocks;

    /// <summary>The headings and the word count, from the outline when there is one, else from the body.</summary>
    public Content.RenderedMarkdown Outline => outline ?? Value;

    public Content.RenderedMarkdown Value => Volatile.Read(ref value) ?? Interlocked.CompareExchange(ref value, derive(), null) ?? value!;

    internal void Release() => Volatile.Write(ref value, null);
}
