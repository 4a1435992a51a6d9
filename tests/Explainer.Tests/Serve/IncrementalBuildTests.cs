using System.Text;
using Explainer.Sources;

namespace Explainer.Tests.Serve;

/// <summary>The oracle of <see cref="BuildSession"/>: a build that reuses the previous build's work must give exactly
/// what a full build of the same input gives (every file, byte for byte, and every diagnostic), and render exactly the
/// pages whose bytes changed.</summary>
public sealed class IncrementalBuildTests
{
    private readonly List<InputFile> files = SiteReader.Read(TestSite.RepositoryRoot, null, new BuildOptions()).Files.ToList();
    private readonly BuildSession session = new();
    private readonly HashSet<string> changed = new(StringComparer.Ordinal);

    public static TheoryData<bool> Modes => new() { false, true };

    [Theory]
    [MemberData(nameof(Modes))]
    public void Every_kind_of_edit_gives_the_bytes_of_a_full_build(bool preview)
    {
        var options = new BuildOptions { Preview = preview };
        AssertSameAsFullBuild(options, "first build");

        Edit("input/articles/why-now.md", t => t + "\nOne more paragraph, typed in the preview.\n");
        AssertSameAsFullBuild(options, "article body");
        Edit("input/articles/why-now.md", t => t + "\n## A heading for the contents\n\nIts paragraph.\n");
        AssertSameAsFullBuild(options, "article heading");
        Edit("input/articles/why-now.md", t => t.Replace("title: Why", "title: So why"));
        AssertSameAsFullBuild(options, "article title");
        Edit("input/data/companies/amazon.yml", t => t.Replace("summary: ", "summary: Still "));
        AssertSameAsFullBuild(options, "company record");
        Edit("input/data/deals/microsoft-openai-reset.yml", t => t.Replace("exclusive", "priority"));
        AssertSameAsFullBuild(options, "deal");
        Edit("theme/partials/card.html", t => "<!-- card -->" + t);
        AssertSameAsFullBuild(options, "theme partial");
        Edit("theme/static/css/site.css", t => t + "\nmain { color: #111; }\n");
        AssertSameAsFullBuild(options, "stylesheet");
        Edit("input/site.yml", t => t.Replace("title: ", "title: The "));
        AssertSameAsFullBuild(options, "site.yml");
        changed.UnionWith(["input/articles/added.md", "input/articles/glossary.md"]);
        files.Add(new InputFile("input/articles/added.md", Encoding.UTF8.GetBytes("---\ntitle: Added\nsummary: New.\ndate: 2026-11-20\ndraft: true\n---\n\nText.\n")));
        AssertSameAsFullBuild(options, "new article");
        files.RemoveAll(f => f.Path == "input/articles/glossary.md");
        AssertSameAsFullBuild(options, "deleted article");
    }

    [Fact]
    public void A_failed_build_and_its_fix_give_the_bytes_and_findings_of_a_full_build()
    {
        var options = new BuildOptions { Preview = true };
        AssertSameAsFullBuild(options, "first build");
        var good = Text("input/articles/why-now.md");

        Edit("input/articles/why-now.md", t => t.Replace("date:", "dtae:"));
        AssertSameAsFullBuild(options, "error");
        Edit("theme/layouts/article.html", t => t.Replace("{{ end }}", ""));
        AssertSameAsFullBuild(options, "second error");
        Edit("input/articles/why-now.md", _ => good);
        Edit("theme/layouts/article.html", t => File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, "theme/layouts/article.html")));
        AssertSameAsFullBuild(options, "fixed");
    }

    public static TheoryData<string, string, string, string> Edits => new()
    {
        { "article body", "input/articles/why-now.md", "\n\nbench-edit\n", "" },
        { "article title", "input/articles/why-now.md", "title: Why", "title: So why" },
        { "partial", "theme/partials/card.html", "", "<!-- card -->" },
        { "stylesheet", "theme/static/css/site.css", "\nmain { color: #111; }\n", "" },
        { "company", "input/data/companies/amazon.yml", "summary: ", "summary: Still " },
        { "deal", "input/data/deals/microsoft-openai-reset.yml", "title: ", "title: The " },
        { "source", "seeds/aifray-microsoft-openai-stargate.yml", "title: ", "title: The " },
    };

    /// <summary>The oracle's count: an edit renders exactly the pages whose bytes it changes, and no other. A page is kept
    /// on the values its previous render read, not on the whole data it was given: a company's summary is in the data of
    /// every page that lists the company, but an edit of it renders only the pages that show it.</summary>
    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_renders_exactly_the_pages_whose_bytes_it_changes(string kind, string path, string find, string replace)
    {
        var options = new BuildOptions { Preview = true };
        var before = Build(options);
        Edit(path, t => find.Length == 0 ? replace + t : replace.Length == 0 ? t + find : t.Replace(find, replace));

        var after = AssertSameAsFullBuild(options, kind);

        var pages = before.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes);
        var changedPages = after.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal)
            && (!pages.TryGetValue(f.Path, out var old) || !old.AsSpan().SequenceEqual(f.Bytes)));
        Assert.True(changedPages > 0, $"the {kind} edit changed no page");
        Assert.Equal(changedPages, session.LastRendered);
        var cards = before.Files.Where(f => f.Path.EndsWith(".png", StringComparison.Ordinal)).ToDictionary(f => f.Path, f => f.Bytes);
        Assert.Equal(after.Files.Count(f => f.Path.EndsWith(".png", StringComparison.Ordinal) && !cards[f.Path].AsSpan().SequenceEqual(f.Bytes)),
            session.LastPaintedCards);
        Assert.Equal(0, session.LastUntraced);
        Assert.Equal(kind is "article body" or "partial" or "stylesheet", session.LastKeptModel);
        Assert.Equal(kind is "partial" or "stylesheet" ? 0 : 1, session.LastParsed);
        if (kind == "article body")
        {
            Assert.Equal(1, session.LastRendered);
        }
    }

    /// <summary>Every way a template can read a value: each shows Amazon's summary on the home page, which otherwise
    /// shows only companies' names. An edit of the summary must render the home page again, however it was read. A
    /// read the log cannot place (<c>object.values</c> reads an object's values without asking it) makes the page
    /// untraced: it is then kept against the whole of its data.</summary>
    public static TheoryData<string, string, bool> Routes => new()
    {
        { "member", "{{ c.summary }}", true },
        { "indexer", "{{ c[\"summary\"] }}", true },
        { "loop over the object", "{{ for kv in c }}{{ kv.key }}={{ kv.value }};{{ end }}", true },
        { "object.values", "{{ object.values c | array.join \",\" }}", false },
        { "printed whole", "{{ c }}", true },
        { "cached partial", "{{ include_cached 'partials/route.html' c }}", true },
        { "partial argument", "{{ include 'partials/route-arg.html' c }}", true },
        { "array function", "{{ page.companies | array.map \"summary\" | array.join \",\" }}", true },
        { "sorted by it", "{{ for s in page.companies | array.sort \"summary\" }}{{ s.name }},{{ end }}", true },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public void A_value_read_by_any_route_renders_its_page_again_when_it_changes(string route, string snippet, bool traced)
    {
        var options = new BuildOptions { Preview = true };
        files.Add(new InputFile("theme/partials/route.html", Encoding.UTF8.GetBytes("<p>{{ c.summary }}</p>")));
        files.Add(new InputFile("theme/partials/route-arg.html", Encoding.UTF8.GetBytes("<p>{{ $1.summary }}</p>")));
        Edit("theme/layouts/home.html", t => t + "{{ for c in page.companies }}{{ if c.slug == \"amazon\" }}" + snippet + "{{ end }}{{ end }}\n");
        var before = Build(options);
        var home = before.Files.Single(f => f.Path == "index.html").Bytes;
        Edit("input/data/companies/amazon.yml", t => t.Replace("summary: ", route == "sorted by it" ? "summary: zzz " : "summary: Still "));

        var after = AssertSameAsFullBuild(options, route);

        Assert.False(home.AsSpan().SequenceEqual(after.Files.Single(f => f.Path == "index.html").Bytes), $"the {route} route does not show the summary");
        Assert.Equal(traced ? 0 : 1, session.LastUntraced);
    }

    /// <summary>A record edit reads only the changed files into the previous content, and the model takes what it derives
    /// from the articles from the previous model (with an edited article put in place when it moves in no list): each
    /// of these edits, and those that must read or derive everything again, still gives a full build.</summary>
    [Theory]
    [MemberData(nameof(Modes))]
    public void Record_edits_that_reuse_the_previous_content_give_the_bytes_of_a_full_build(bool preview)
    {
        var options = new BuildOptions { Preview = preview };
        void Succeeds(string step) => Assert.DoesNotContain(AssertSameAsFullBuild(options, step).Diagnostics, d => d.IsError);
        Succeeds("first build");

        Edit("input/articles/why-now.md", t => t.Replace("title: Why", "title: So why").Replace("summary: \"The reasons", "summary: \"All the reasons"));
        Succeeds("article title and summary");
        Assert.Equal(1, session.LastParsed);
        Edit("input/articles/glossary.md", t => t.Replace("title: \"", "title: \"The "));
        Edit("input/articles/the-landscape.md", t => t.Replace("title: \"", "title: \"The "));
        Succeeds("two article titles");
        Edit("input/articles/why-now.md", t => t.Replace("date: 2026-11-26", "date: 2020-01-02"));
        Succeeds("article date");
        Edit("input/articles/why-now.md", t => t.Replace("tags: [multi-cloud,", "tags: [multi-cloud, glossary,"));
        Succeeds("article tag");
        Edit("input/articles/the-landscape.md", t => t.Insert("---\n".Length, "draft: true\n"));
        Succeeds("article made a draft");
        Edit("input/articles/the-landscape.md", t => t.Replace("title: \"The ", "title: \"A draft: "));
        Succeeds("draft's title");
        Edit("input/data/companies/amazon.yml", t => t.Replace("name: Amazon", "name: [Amazon"));
        Assert.Contains(AssertSameAsFullBuild(options, "company that does not read").Diagnostics, d => d.IsError);
        Edit("input/data/companies/amazon.yml", t => t.Replace("name: [Amazon", "name: Amazon.com"));
        Succeeds("company read again");
        Edit("seeds/aifray-microsoft-openai-stargate.yml", t => t.Replace("title: \"", "title: \"The "));
        Edit("input/data/deals/microsoft-openai-reset.yml", t => t.Replace("title: ", "title: The "));
        Succeeds("source and deal");
        Assert.Equal(2, session.LastParsed);
        changed.Add("input/data/companies/newco.yml");
        files.Add(new InputFile("input/data/companies/newco.yml", Encoding.UTF8.GetBytes("name: Newco\nroles: [lab]\nsummary: A new lab.\n")));
        Succeeds("new company");
    }

    [Fact]
    public void A_page_asked_for_before_the_rest_are_rendered_is_the_bytes_of_a_full_build_of_its_own_input()
    {
        var options = new BuildOptions { Preview = true };
        Build(options);
        Edit("input/articles/why-now.md", t => t.Replace("title: Why", "title: So why"));
        var state = session.Update(new SiteInput(files.ToList(), options), TakeChanged());
        var full = SiteBuilder.Build(new SiteInput(files.ToList(), options));
        Edit("input/articles/why-now.md", t => t + "\nA later edit.\n");
        session.Update(new SiteInput(files.ToList(), options), TakeChanged());

        foreach (var path in new[] { "articles/why-now/index.html", "index.html", "articles/index.html", "feed.xml" })
        {
            var served = state.Get(path);
            Assert.NotNull(served);
            Assert.True(full.Files.Single(f => f.Path == path).Bytes.AsSpan().SequenceEqual(served.Bytes), $"{path} differs from a full build");
        }

        Assert.Null(state.Get("no/such/page.html"));
    }

    /// <summary>No article's HTML stays in the model; the preview keeps each body's headings (the outline its page's data
    /// needs, so checking a page after an edit parses no body), a single build not even those.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_site_model_holds_no_article_body(bool preview)
    {
        var state = new BuildSession(keepPages: preview).Update(new SiteInput(files.ToList(), new BuildOptions { Preview = true }));

        Assert.True(state.Succeeded);
        Assert.NotEmpty(state.Site!.Articles);
        Assert.All(state.Site.Articles, a => Assert.Empty(a.Body.Html));
        Assert.Equal(preview, state.Site.Articles.Any(a => a.Body.Headings.Count > 0));
        Assert.Contains(state.Site.Articles, a => a.Body.WordCount > 0);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(4_000L)]
    public void Bodies_kept_from_parsing_or_derived_again_give_the_same_bytes(long stashLimit)
    {
        var input = new SiteInput(files.ToList(), new BuildOptions());
        var kept = SiteBuilder.Build(input);

        var derived = new BuildSession(keepPages: false, stashLimit).Build(input);

        Assert.DoesNotContain(derived.Diagnostics, d => d.IsError);
        Assert.Equal(kept.Files.Select(f => f.Path), derived.Files.Select(f => f.Path));
        Assert.Equal(kept.Files.Select(f => Convert.ToHexString(f.Bytes)), derived.Files.Select(f => Convert.ToHexString(f.Bytes)));
    }

    [Fact]
    public void Without_a_change_set_every_file_is_compared()
    {
        var options = new BuildOptions { Preview = true };
        Build(options);
        Edit("input/data/companies/amazon.yml", t => t.Replace("summary: ", "summary: Still "));
        TakeChanged();

        var incremental = session.Build(new SiteInput(files.ToList(), options));

        var full = SiteBuilder.Build(new SiteInput(files.ToList(), options));
        Assert.Equal(1, session.LastParsed);
        Assert.Equal(full.Files.Select(f => Convert.ToHexString(f.Bytes)), incremental.Files.Select(f => Convert.ToHexString(f.Bytes)));
    }

    [Fact]
    public void Body_edits_keep_the_model_and_still_give_the_bytes_and_findings_of_a_full_build()
    {
        var options = new BuildOptions { Preview = true };
        AssertSameAsFullBuild(options, "first build");

        Edit("input/articles/glossary.md", t => t.Replace("\n::: company openai", "\nA new sentence.\n\n::: company openai"));
        AssertSameAsFullBuild(options, "body above a block");
        Assert.False(session.LastKeptModel); // the block moved: the model reports where blocks are
        Edit("input/articles/glossary.md", t => t + "\n<div>raw html</div>\n");
        AssertSameAsFullBuild(options, "body with a warning");
        Assert.True(session.LastKeptModel);
        Assert.Equal(1, session.LastRendered);
        Edit("input/articles/glossary.md", t => t + "\n## A new heading\n\nText.\n");
        AssertSameAsFullBuild(options, "new heading");
        Assert.True(session.LastKeptModel);
        Edit("input/articles/why-now.md", t => t + "\n" + string.Concat(Enumerable.Repeat("word ", 400)) + "\n");
        AssertSameAsFullBuild(options, "longer reading time");
        Assert.False(session.LastKeptModel);
        Edit("input/articles/why-now.md", t => t + "\n::: company openai\n:::\n");
        AssertSameAsFullBuild(options, "new block");
        Assert.False(session.LastKeptModel);
        Edit("input/articles/why-now.md", t => t + "\n::: company nobody\n:::\n");
        AssertSameAsFullBuild(options, "block naming an unknown company");
        Edit("input/articles/why-now.md", t => t.Replace("::: company nobody\n:::\n", "Fixed.\n"));
        AssertSameAsFullBuild(options, "fixed block");
        Edit("input/articles/why-now.md", t => t + "\nAnd one more line.\n");
        Edit("input/articles/glossary.md", t => t + "\nAnd one more line.\n");
        AssertSameAsFullBuild(options, "two bodies at once");
        Assert.True(session.LastKeptModel);
        Assert.Equal(2, session.LastRendered);
    }

    /// <summary>Builds with the session, naming the files edited since its previous build (the watcher's change set).</summary>
    private BuildResult Build(BuildOptions options) => session.Build(new SiteInput(files.ToList(), options), TakeChanged());

    private string[] TakeChanged()
    {
        var taken = changed.ToArray();
        changed.Clear();
        return taken;
    }

    private BuildResult AssertSameAsFullBuild(BuildOptions options, string step)
    {
        var incremental = Build(options);
        var full = SiteBuilder.Build(new SiteInput(files.Select(f => new InputFile(f.Path, f.Bytes.ToArray())).ToList(), options));

        Assert.Equal(full.Diagnostics.Select(d => d.Format()), incremental.Diagnostics.Select(d => d.Format()));
        Assert.Equal(full.Files.Select(f => f.Path), incremental.Files.Select(f => f.Path));
        foreach (var (expected, actual) in full.Files.Zip(incremental.Files))
        {
            Assert.True(expected.Bytes.AsSpan().SequenceEqual(actual.Bytes), $"after the {step} edit, {expected.Path} differs from a full build");
        }

        Assert.Equal(full.PageCount, incremental.PageCount);
        return incremental;
    }

    private string Text(string path) => Encoding.UTF8.GetString(files.Single(f => f.Path == path).Bytes);

    private void Edit(string path, Func<string, string> change)
    {
        var index = files.FindIndex(f => f.Path == path);
        var text = change(Text(path));
        Assert.NotEqual(Text(path), text);
        files[index] = new InputFile(path, Encoding.UTF8.GetBytes(text));
        this.changed.Add(path);
    }
}
