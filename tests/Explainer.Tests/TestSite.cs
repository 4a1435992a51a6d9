using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Explainer.Sources;

namespace Explainer.Tests;

/// <summary>A small, valid site held in memory, written inline; tests change one file and build.</summary>
internal static class TestSite
{
    public const string ArticlePath = "input/articles/hello.md";

    /// <summary>The front matter of <see cref="ArticlePath"/> in <see cref="Minimal"/>, without its fences.</summary>
    public const string HelloFrontMatter = "title: Hello\nsummary: The first article.\ndate: 2026-11-20\ncompanies: [openai]\ndeals: [reset]\ntags: [cloud]\nsources: [report]\n";

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The repository's own theme, read from disk, so tests render with what ships: its text files.</summary>
    public static IReadOnlyDictionary<string, string> Theme { get; } = ReadTheme();

    /// <summary>The theme's binary files (fonts), which <see cref="Input"/> adds to every build.</summary>
    public static IReadOnlyDictionary<string, byte[]> ThemeBinaries { get; } = ReadThemeBinaries();

    public static Dictionary<string, string> Minimal() => new(StringComparer.Ordinal)
    {
        ["input/site.yml"] = "title: Test site\ndescription: A site for tests.\nbase_url: https://test.example/\nlanguage: en\n",
        ["seeds/report.yml"] = "title: A report\npublisher: Example News\nreports:\n  - Something happened.\n",
        ["input/data/companies/openai.yml"] = "name: OpenAI\nroles: [lab]\nsummary: A lab.\nsources: [report]\n",
        ["input/data/companies/microsoft.yml"] = "name: Microsoft\nroles: [cloud, investor]\nsummary: A cloud operator.\n",
        ["input/data/clouds/azure.yml"] = "name: Microsoft Azure\noperator: microsoft\n",
        ["input/data/deals/reset.yml"] = """
            title: The reset
            parties: [microsoft, openai]
            summary: Terms changed.
            sources: [report]
            terms:
              - id: revenue-share
                label: Revenue sharing
                before: Shared
                after: Not shared
                source: report
            access:
              - lab: openai
                cloud: azure
                before: exclusive
                after: priority
                source: report
            """,
        [ArticlePath] = "---\n" + HelloFrontMatter + "---\n\n## Intro\n\nSome text.\n",
    };

    /// <summary>The minimal site with one file replaced (or added).</summary>
    public static Dictionary<string, string> With(string path, string text)
    {
        var files = Minimal();
        files[path] = text;
        return files;
    }

    /// <summary>The minimal site whose article has this front matter (without fences) and body.</summary>
    public static Dictionary<string, string> WithArticle(string frontMatter, string body = "Some text.\n") =>
        With(ArticlePath, Article(frontMatter, body));

    /// <summary>The minimal site whose article keeps its front matter and gets this body.</summary>
    public static Dictionary<string, string> WithBody(string body) => WithArticle(HelloFrontMatter, body);

    public static string Article(string frontMatter, string body = "Some text.\n") => $"---\n{frontMatter}---\n\n{body}";

    /// <summary>Writes the theme's binary files (fonts) under <paramref name="root"/>, for tests that write a site to disk.</summary>
    public static void WriteThemeBinaries(string root)
    {
        foreach (var (path, bytes) in ThemeBinaries)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
            System.IO.File.WriteAllBytes(Path.Combine(root, path), bytes);
        }
    }

    public static BuildResult Build(Dictionary<string, string> files, BuildOptions? options = null) => SiteBuilder.Build(Input(files, options));

    /// <summary>The theme and <paramref name="files"/> as the builder's input.</summary>
    public static SiteInput Input(Dictionary<string, string> files, BuildOptions? options = null)
    {
        var all = new Dictionary<string, string>(Theme, StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            all[path] = text;
        }

        var input = SiteInput.FromTexts(all.OrderBy(p => p.Key, StringComparer.Ordinal), options);
        return input with { Files = input.Files.Concat(ThemeBinaries.Select(b => new InputFile(b.Key, b.Value))).OrderBy(f => f.Path, StringComparer.Ordinal).ToList() };
    }

    /// <summary>Builds from raw bytes, for tests of encodings.</summary>
    public static BuildResult BuildBytes(Dictionary<string, string> files, string path, byte[] bytes, BuildOptions? options = null)
    {
        var all = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, text) in Theme.Concat(files))
        {
            all[name] = System.Text.Encoding.UTF8.GetBytes(text);
        }

        foreach (var (name, binary) in ThemeBinaries)
        {
            all[name] = binary;
        }

        all[path] = bytes;
        var input = all.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new InputFile(p.Key, p.Value)).ToList();
        return SiteBuilder.Build(new SiteInput(input, options ?? new BuildOptions()));
    }

    public static string Page(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(File(result, path).Bytes);

    public static Explainer.Output.OutputFile File(BuildResult result, string path) =>
        result.Files.SingleOrDefault(f => f.Path == path)
        ?? throw new Xunit.Sdk.XunitException($"the build wrote no {path}; it wrote: {string.Join(", ", result.Files.Select(f => f.Path))}");

    public static IHtmlDocument Html(BuildResult result, string path) => new HtmlParser().ParseDocument(Page(result, path));

    /// <summary>The text of the page's main element with runs of white space collapsed.</summary>
    public static string MainText(BuildResult result, string path) =>
        Collapse(Html(result, path).QuerySelector("main")?.TextContent ?? "");

    /// <summary>The distinct link targets in the page's main element that start with <paramref name="prefix"/>, in page order.
    /// Tests look at links and text rather than the theme's classes, so a redesign does not break them.</summary>
    public static IReadOnlyList<string> Links(BuildResult result, string path, string prefix) =>
        Html(result, path).QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")!)
            .Where(h => h.StartsWith(prefix, StringComparison.Ordinal)).Distinct().ToList();

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyDictionary<string, string> ReadTheme() =>
        ThemeFiles().Where(f => !IsBinary(f)).ToDictionary(ThemePath, System.IO.File.ReadAllText, StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, byte[]> ReadThemeBinaries() =>
        ThemeFiles().Where(IsBinary).ToDictionary(ThemePath, System.IO.File.ReadAllBytes, StringComparer.Ordinal);

    private static IEnumerable<string> ThemeFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "theme"), "*", SearchOption.AllDirectories);

    private static string ThemePath(string file) =>
        "theme/" + Path.GetRelativePath(Path.Combine(RepositoryRoot, "theme"), file).Replace('\\', '/');

    private static bool IsBinary(string file) => Path.GetExtension(file) is ".woff" or ".woff2" or ".png";

    private static string FindRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (!System.IO.File.Exists(Path.Combine(directory, "Explainer.sln")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("Explainer.sln not found above the test folder");
        }

        return directory;
    }
}
