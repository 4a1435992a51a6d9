using Explainer.Diagnostics;

namespace Explainer.Output;

/// <summary>"Did you mean" for a link to a page that does not exist: the closest page URL, found once per wrong
/// URL. A site may have ten thousand pages and thousands of broken links, so only pages in the same folder whose
/// URL is about as long are compared.</summary>
internal sealed class PageGuesser
{
    private readonly Dictionary<string, List<string>> byFolder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> guesses = new(StringComparer.Ordinal);

    /// <param name="pages">Page files such as <c>/articles/x/index.html</c>.</param>
    public PageGuesser(IEnumerable<string> pages)
    {
        foreach (var page in pages)
        {
            var url = page.EndsWith("/index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page;
            var folder = Folder(url);
            if (!byFolder.TryGetValue(folder, out var list))
            {
                byFolder[folder] = list = [];
            }

            list.Add(url);
        }
    }

    public string? Closest(string path)
    {
        var url = path.EndsWith('/') || path.Contains('.', StringComparison.Ordinal) ? path : path + "/";
        if (!guesses.TryGetValue(url, out var guess))
        {
            var slack = Math.Max(2, url.Length / 3);
            var candidates = byFolder.GetValueOrDefault(Folder(url)) ?? [];
            guesses[url] = guess = Suggest.Closest(url, candidates.Where(c => Math.Abs(c.Length - url.Length) <= slack));
        }

        return guess;
    }

    /// <summary>"/articles/" for "/articles/x/": the first segment.</summary>
    private static string Folder(string url)
    {
        var slash = url.IndexOf('/', 1);
        return slash < 0 ? "/" : url[..(slash + 1)];
    }
}
