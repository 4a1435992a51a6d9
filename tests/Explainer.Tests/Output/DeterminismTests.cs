using System.Globalization;
using Explainer.Tests.Cli;

namespace Explainer.Tests.Output;

/// <summary>Same input, same bytes: whatever the run, culture, time zone or number of cores.</summary>
public sealed class DeterminismTests
{
    private static Dictionary<string, string> Varied()
    {
        var files = TestSite.Minimal();
        files["input/articles/istanbul.md"] = TestSite.Article(
            "title: TITLE I in Istanbul\nsummary: Ratio 2.5 and 1,000 words.\ndate: 2026-03-08\nupdated: 2026-10-31\ntags: [istanbul, i18n]\ncompanies: [openai, microsoft]\n",
            "## Işık and I\n\n" + string.Concat(Enumerable.Repeat("Word INFO istanbul 3.14. ", 250)) + "\n");
        files["input/data/companies/ibm.yml"] = "name: IBM\nroles: [investor, chips]\nsummary: Invests 2.5 billion.\n";
        files["input/data/deals/second.yml"] = "title: Second deal\nparties: [ibm, openai]\nsummary: S.\nannounced: 2026-01-31\nterms:\n  - id: i\n    label: Item I\n    before: 1.5\n    after: 2.5\n";
        return files;
    }

    private static IReadOnlyDictionary<string, byte[]> Bytes(BuildResult result)
    {
        Expect.Success(result);
        return result.Files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
    }

    [Fact]
    public void Two_builds_of_one_site_give_the_same_bytes()
    {
        var first = Bytes(TestSite.Build(Varied()));
        var second = Bytes(TestSite.Build(Varied()));

        AssertSame(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Culture_of_the_machine_does_not_change_the_output(string culture)
    {
        var invariant = Bytes(TestSite.Build(Varied()));
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        IReadOnlyDictionary<string, byte[]> local;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            local = Bytes(TestSite.Build(Varied()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }

        AssertSame(invariant, local);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Time_zone_locale_and_core_count_of_the_process_do_not_change_the_output()
    {
        using var site = Disk.Write(Varied());
        var runs = new (string Name, Dictionary<string, string> Environment)[]
        {
            ("default", new()),
            ("tz-lang", new() { ["TZ"] = "Pacific/Kiritimati", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8" }),
            ("one-core", new() { ["DOTNET_PROCESSOR_COUNT"] = "1", ["TZ"] = "America/St_Johns" }),
        };
        var hashes = new List<SortedDictionary<string, string>>();
        foreach (var (name, environment) in runs)
        {
            var output = Path.Combine(site.Root, "out-" + name);
            var run = ExplainerProcess.Start(site.Root, environment, "build", "--root", site.Root, "--output", output);
            Assert.True(run.ExitCode == 0, run.Error);
            hashes.Add(Disk.Hashes(output));
        }

        Assert.True(hashes[0].Count > 10);
        Assert.Equal(hashes[0], hashes[1]);
        Assert.Equal(hashes[0], hashes[2]);
    }

    private static void AssertSame(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs");
        }
    }
}
