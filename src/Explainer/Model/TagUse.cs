using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>Tags are a small set that articles share: a tag page listing one article leads nowhere, and is most often
/// a near-duplicate of another tag ("partnership" beside "partnerships").</summary>
internal static class TagUse
{
    public static void WarnOfSingleUse(IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        // Until two articles carry tags, no tag can be shared yet.
        if (articles.Count(a => a.Tags.Count > 0) < 2)
        {
            return;
        }

        var uses = articles.SelectMany(a => a.Tags).CountBy(t => t, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var known = uses.Where(u => u.Value > 1).Select(u => u.Key).Order(StringComparer.Ordinal).ToList();
        foreach (var article in articles)
        {
            for (var i = 0; i < article.Tags.Count; i++)
            {
                var tag = article.Tags[i];
                if (uses[tag] != 1)
                {
                    continue;
                }

                var location = i < article.TagLocations.Count ? article.TagLocations[i] : article.Location;
                var hint = known.Count == 0
                    ? "give another article the same tag, or remove it"
                    : Suggest.Hint(tag, known, $"use a tag other articles share ({string.Join(", ", known)}), or give another article this tag");
                diagnostics.Warning(Codes.TagUsedOnce, location, $"the tag '{tag}' is used by this article only", hint);
            }
        }
    }
}
