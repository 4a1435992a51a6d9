using Explainer.Sources;

namespace Explainer.Tests;

/// <summary>A small, valid site held in memory, written inline; tests change one file and build.</summary>
internal static class TestSite
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The repository's own theme, read from disk, so tests render with what ships.</summary>
    public static IReadOnlyDictionary<string, string> Theme { get; } = ReadTheme();

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
        ["input/articles/hello.md"] = "---\ntitle: Hello\nsummary: The first article.\ndate: 2026-11-20\ncompanies: [openai]\ndeals: [reset]\ntags: [cloud]\nsources: [report]\n---\n\n## Intro\n\nSome text.\n",
    };

    public static BuildResult Build(Dictionary<string, string> files, BuildOptions? options = null)
    {
        var all = new Dictionary<string, string>(Theme, StringComparer.Ordinal);
        foreach (var (path, text) in files)
        {
            all[path] = text;
        }

        return SiteBuilder.Build(SiteInput.FromTexts(all.OrderBy(p => p.Key, StringComparer.Ordinal), options));
    }

    public static string Page(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == path).Bytes);

    private static IReadOnlyDictionary<string, string> ReadTheme()
    {
        var theme = Path.Combine(RepositoryRoot, "theme");
        return Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories)
            .ToDictionary(f => "theme/" + Path.GetRelativePath(theme, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
    }

    private static string FindRoot()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(directory, "Explainer.sln")))
        {
            directory = Path.GetDirectoryName(directory) ?? throw new InvalidOperationException("Explainer.sln not found above the test folder");
        }

        return directory;
    }
}
