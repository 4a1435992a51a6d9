using Explainer.Sources;

namespace Explainer.Tests;

/// <summary>A small realistic site (Fixtures/site, built with the repository's theme) against its checked-in
/// output (Fixtures/expected). After a deliberate change to the theme or the generator:
/// <c>UPDATE_GOLDEN=1 dotnet test --filter Golden</c>, then review the diff.</summary>
public sealed class FixtureSiteTests
{
    private static readonly string Fixtures = Path.Combine(TestSite.RepositoryRoot, "tests", "Explainer.Tests", "Fixtures");

    public static BuildResult BuildFixture()
    {
        var site = Path.Combine(Fixtures, "site");
        var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
        return TestSite.Build(files);
    }

    [Fact]
    public void Golden_fixture_site_builds_exactly_the_expected_files()
    {
        var result = BuildFixture();

        Expect.Warnings(result);
        Golden.Verify(result.Files, Path.Combine(Fixtures, "expected"));
    }

    [Fact]
    public void Golden_fixture_site_has_no_broken_link_or_anchor()
    {
        Assert.Empty(Explainer.Output.LinkChecker.Check(BuildFixture().Files));
    }

    [Fact]
    public void Golden_fixture_site_reads_the_same_from_disk_as_from_memory()
    {
        var fromDisk = SiteBuilder.Build(SiteReader.Read(Path.Combine(Fixtures, "site"), Path.Combine(TestSite.RepositoryRoot, "theme"), new BuildOptions()));
        var inMemory = BuildFixture();

        Assert.Equal(inMemory.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes))), fromDisk.Files.Select(f => (f.Path, Convert.ToHexString(f.Bytes))));
    }
}
