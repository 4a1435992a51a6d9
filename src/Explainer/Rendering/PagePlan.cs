using System.Collections;
using System.Collections.Concurrent;
using Explainer.Model;

namespace Explainer.Rendering;

/// <summary>
/// Every HTML page of a site, in the planner's order: the pages before the articles', one page per article, then the
/// rest. An article's page is made when it is first asked for, by position or by path: a site has as many of them as
/// articles, and the preview plans the whole site again after an edit of a record, so it then makes only the pages it
/// serves (the others as it renders them, in the background). The other pages, a few per record, are made at once.
/// Where two pages have one path, the first in this order is the one found by path, as in a dictionary filled in order.
/// </summary>
public sealed class PagePlan : IReadOnlyList<Page>
{
    private const string IndexFile = "/index.html";

    private readonly IReadOnlyList<Page> before;
    private readonly IReadOnlyList<Article> articles;
    private readonly IReadOnlyDictionary<string, Article> articleBySlug;
    private readonly Func<Article, Page> articlePage;
    private readonly IReadOnlyList<Page> after;
    private readonly Dictionary<string, Page> beforeByPath;
    private readonly Dictionary<string, Page> afterByPath;
    private readonly ConcurrentDictionary<string, Page> made;
    private readonly IReadOnlyDictionary<string, Page> replaced;

    public PagePlan(IReadOnlyList<Page> before, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, Article> articleBySlug,
        Func<Article, Page> articlePage, IReadOnlyList<Page> after)
        : this(before, articles, articleBySlug, articlePage, after, ByPath(before), ByPath(after), new(StringComparer.Ordinal),
            new Dictionary<string, Page>())
    {
    }

    private PagePlan(IReadOnlyList<Page> before, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, Article> articleBySlug,
        Func<Article, Page> articlePage, IReadOnlyList<Page> after, Dictionary<string, Page> beforeByPath,
        Dictionary<string, Page> afterByPath, ConcurrentDictionary<string, Page> made, IReadOnlyDictionary<string, Page> replaced)
    {
        this.before = before;
        this.articles = articles;
        this.articleBySlug = articleBySlug;
        this.articlePage = articlePage;
        this.after = after;
        this.beforeByPath = beforeByPath;
        this.afterByPath = afterByPath;
        this.made = made;
        this.replaced = replaced;
    }

    /// <summary>No pages: the plan of a state whose input has errors.</summary>
    public static PagePlan Empty { get; } = new([], [], new Dictionary<string, Article>(), _ => throw new InvalidOperationException("no pages"), []);

    /// <summary>Article pages made so far.</summary>
    internal int ArticlePagesMade => made.Count;

    public int Count => before.Count + articles.Count + after.Count;

    public Page this[int index] =>
        index < before.Count ? before[index]
        : index - before.Count < articles.Count ? ArticlePage(articles[index - before.Count])
        : after[index - before.Count - articles.Count];

    public bool TryGet(string path, out Page page)
    {
        if (beforeByPath.TryGetValue(path, out page!))
        {
            return true;
        }

        if (ArticleAt(path) is { } article)
        {
            page = ArticlePage(article);
            return true;
        }

        return afterByPath.TryGetValue(path, out page!);
    }

    public bool Contains(string path) => beforeByPath.ContainsKey(path) || ArticleAt(path) is not null || afterByPath.ContainsKey(path);

    /// <summary>The same plan with <paramref name="pages"/> in place of the pages of their articles (each at its
    /// article's path), for an edit of articles' bodies alone (the same site): the other article pages are this plan's,
    /// made or still to make, and shared with it.</summary>
    public PagePlan WithArticlePages(IReadOnlyList<Page> pages)
    {
        if (pages.Count == 0)
        {
            return this;
        }

        var now = new Dictionary<string, Page>(replaced, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            now[page.OutputPath] = page;
        }

        return new PagePlan(before, articles, articleBySlug, articlePage, after, beforeByPath, afterByPath, made, now);
    }

    public IEnumerator<Page> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Page ArticlePage(Article article)
    {
        var path = Page.OutputPathOf(article.Url);
        return replaced.TryGetValue(path, out var page) ? page
            : made.GetOrAdd(path, static (_, state) => state.Plan.articlePage(state.Article), (Plan: this, Article: article));
    }

    /// <summary>The article whose page is written to <paramref name="path"/>, if any: an article page's path ends in its
    /// slug and <c>/index.html</c> (<c>articles/why-now/index.html</c>), so the slug names the one article it can be.</summary>
    private Article? ArticleAt(string path)
    {
        if (!path.EndsWith(IndexFile, StringComparison.Ordinal))
        {
            return null;
        }

        var folder = path.AsSpan(0, path.Length - IndexFile.Length);
        var slug = folder[(folder.LastIndexOf('/') + 1)..].ToString();
        return articleBySlug.TryGetValue(slug, out var article) && Page.OutputPathOf(article.Url) == path ? article : null;
    }

    private static Dictionary<string, Page> ByPath(IReadOnlyList<Page> pages)
    {
        var byPath = new Dictionary<string, Page>(pages.Count, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            byPath.TryAdd(page.OutputPath, page);
        }

        return byPath;
    }
}
