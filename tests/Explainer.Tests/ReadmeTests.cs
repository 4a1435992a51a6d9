using Explainer.Diagnostics;

namespace Explainer.Tests;

public sealed class ReadmeTests
{
    [Fact]
    public void Readme_lists_every_diagnostic_code()
    {
        var readme = Path.Combine(TestSite.RepositoryRoot, "README.md");
        Assert.True(File.Exists(readme), "README.md does not exist at the repository root");
        var text = File.ReadAllText(readme);

        var missing = Codes.All.Where(c => !text.Contains($"| {c.Code} |", StringComparison.Ordinal)).Select(c => c.Code).ToList();

        Assert.True(missing.Count == 0, $"README.md does not list {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_code_is_unique_and_has_a_meaning()
    {
        Assert.Equal(Codes.All.Count, Codes.All.Select(c => c.Code).Distinct().Count());
        Assert.All(Codes.All, c => Assert.Matches("^EX\\d{4}$", c.Code));
        Assert.All(Codes.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Meaning)));
        var declared = typeof(Codes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(declared.Order(StringComparer.Ordinal), Codes.All.Select(c => c.Code).Order(StringComparer.Ordinal));
    }
}
