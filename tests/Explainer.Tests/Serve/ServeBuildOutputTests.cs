using Explainer.Cli.Commands;
using Explainer.Sources;

namespace Explainer.Tests.Serve;

public sealed class ServeBuildOutputTests
{
    [Fact]
    public void Build_output_never_contains_the_reload_script_or_drafts()
    {
        var root = Directory.CreateTempSubdirectory("explainer-build-").FullName;
        try
        {
            var files = TestSite.Minimal();
            files["input/articles/secret.md"] = "---\ntitle: Secret\nsummary: Not yet.\ndate: 2026-11-21\ndraft: true\n---\n\nDraft text.\n";
            foreach (var (path, text) in TestSite.Theme.Concat(files))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                File.WriteAllText(Path.Combine(root, path), text);
            }

            TestSite.WriteThemeBinaries(root);

            var output = Path.Combine(root, "output");
            Assert.Equal(0, BuildCommand.Run(root, output, null, new BuildOptions(), check: false));

            var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
            Assert.Contains(written, f => f.EndsWith("hello/index.html", StringComparison.Ordinal));
            Assert.DoesNotContain(written, f => f.Contains("secret", StringComparison.Ordinal));
            Assert.All(written, f => Assert.DoesNotContain("__explainer", File.ReadAllText(f)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
