using System.Text.RegularExpressions;

namespace Explainer.Tests;

/// <summary>The folders of src/Explainer are stages in the order of the README's table, and a stage uses only the
/// stages above it: a file's <c>using</c>s and qualified names may not point at a stage below it, nor at the
/// builder in the root folder, which uses them all.</summary>
public sealed partial class StageDependencyTests
{
    [Fact]
    public void Readme_lists_every_stage_folder()
    {
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).Order(StringComparer.Ordinal);

        Assert.Equal(folders, ReadmeStages().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_stage_uses_a_later_stage()
    {
        var stages = ReadmeStages();
        // "Cards.SiteCards" inside namespace Explainer.Rendering names the stage without "Explainer.".
        var qualified = stages.Select(s => (Stage: s, Pattern: new Regex($@"(?<![\w.]){s}\.(?:{string.Join('|', DeclaredTypes(Path.Combine(Source, s)))})\b")))
            .ToList();
        var rootTypes = Directory.GetFiles(Source, "*.cs").SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f)))
            .Select(m => m.Groups[1].Value).ToList();
        var root = new Regex($@"(?<![\w.])(?:{string.Join('|', rootTypes)})\b");
        var problems = new List<string>();

        foreach (var file in Directory.GetFiles(Source, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(TestSite.RepositoryRoot, file).Replace('\\', '/');
            var parts = Path.GetRelativePath(Source, file).Split(Path.DirectorySeparatorChar);
            if (parts.Length == 1 || parts[0] is "bin" or "obj")
            {
                continue;
            }

            var rank = stages.IndexOf(parts[0]);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var code = WithoutComment(lines[i]);
                var used = StageReference().Matches(code).Select(m => m.Groups[1].Value)
                    .Concat(qualified.Where(q => q.Pattern.IsMatch(code)).Select(q => q.Stage));
                foreach (var stage in used.Distinct().Where(s => stages.IndexOf(s) > rank))
                {
                    problems.Add($"{relative}:{i + 1}: {parts[0]} uses {stage}, a later stage: {lines[i].Trim()}");
                }

                if (root.Match(code) is { Success: true } type)
                {
                    problems.Add($"{relative}:{i + 1}: {parts[0]} uses {type.Value}, the builder that runs every stage: {lines[i].Trim()}");
                }
            }
        }

        Assert.True(problems.Count == 0, "stages must use only the stages above them in the README's table:\n" + string.Join("\n", problems));
    }

    private static string Source => Path.Combine(TestSite.RepositoryRoot, "src", "Explainer");

    /// <summary>The folders in the order of the README's table under "How it works".</summary>
    private static List<string> ReadmeStages() =>
        File.ReadAllLines(Path.Combine(TestSite.RepositoryRoot, "README.md"))
            .Select(l => StageRow().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    private static List<string> DeclaredTypes(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f))).Select(m => m.Groups[1].Value).Distinct().ToList();

    private static string WithoutComment(string line)
    {
        var comment = line.IndexOf("//", StringComparison.Ordinal);
        return comment < 0 ? line : line[..comment];
    }

    [GeneratedRegex(@"^\| `(\w+)/` \|")]
    private static partial Regex StageRow();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?Explainer\.(\w+)")]
    private static partial Regex StageReference();

    [GeneratedRegex(@"^(?:public |internal |private )?(?:static |sealed |abstract |readonly |partial )*(?:class|record|struct|enum|interface|record struct) (\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();
}
