using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Explainer.Rendering;

/// <summary>One hash per page over everything its render reads: the URL, the layout, <c>site</c>, <c>page</c>,
/// <c>canonical</c>, <c>preview</c>, the body's source (<see cref="PageBody.Key"/>) and the data of each embedded block. Templates are hashed
/// separately (<see cref="Templates"/>), since a page depends only on those its render included.</summary>
internal sealed class PageFingerprints(PageRenderer renderer, Theme theme)
{
    private readonly ViewHasher hasher = new();

    public IReadOnlyDictionary<string, UInt128> Templates { get; } = theme.Texts.ToDictionary(
        p => p.Key, p => XxHash128.HashToUInt128(MemoryMarshal.AsBytes(p.Value.AsSpan())), StringComparer.Ordinal);

    /// <summary>Null when the data holds a value the hasher does not know: the page is then rendered anyway.</summary>
    public UInt128? Of(Page page)
    {
        try
        {
            var hash = new XxHash128();
            ViewHasher.Append(hash, page.Url);
            ViewHasher.Append(hash, page.Layout);
            ViewHasher.Append(hash, renderer.Preview ? "preview" : "build");
            ViewHasher.Append(hash, renderer.Canonical(page.Url));
            ViewHasher.Append(hash, renderer.OgImage(page) ?? "");
            ViewHasher.Append(hash, hasher.Hash(renderer.Views.Site));
            ViewHasher.Append(hash, hasher.Hash(page.Data));
            if (page.Body is { } body)
            {
                ViewHasher.Append(hash, body.Key);
                foreach (var block in body.Blocks)
                {
                    ViewHasher.Append(hash, block.Placeholder);
                    ViewHasher.Append(hash, hasher.Hash(renderer.BlockData(block)));
                }
            }

            return hash.GetCurrentHashAsUInt128();
        }
        catch (Exception e) when (e is ViewHasher.UnknownValueException or KeyNotFoundException)
        {
            return null;
        }
    }
}
