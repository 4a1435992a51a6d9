using System.Diagnostics;
using System.Text;
using Explainer.Tests.Cli;

namespace Explainer.Tests;

/// <summary>
/// Sites generated from the content model's grammar (front matter, data files, Markdown) with random corruption. For
/// every case: no exception, either a clean build or errors that each name a file, line and column, and a bounded time;
/// through the command, exit code 0 or 1 and, on failure, the previous output byte-identical. CI runs a fixed seed and
/// budget; <c>FUZZ_CASES=5000 FUZZ_SEED=7 dotnet test --filter FuzzTests</c> runs longer.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class FuzzTests
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) ? n : 60;
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 13;

    private static readonly string[] Markdown =
    [
        "## Heading\n\n", "Some *text* and _more_.\n\n", "[a link](https://example.org/)\n", "www.example.org ", "`code` ",
        "> quote\n", "- item\n", "1. item\n", "| a | b |\n|---|---|\n| 1 | 2 |\n\n", "[^1]\n\n[^1]: note\n\n", "::: compare reset\n:::\n\n",
        "::: matrix\n:::\n\n", "::: company nobody\n:::\n\n", "<script>x</script>\n", "[x](javascript:alert(1))\n", "[", "](", "(", "*", "_",
        "`", "<!--", "> > > > ", "\t", "\r\n", "\u00e9", "[r]: /u\n", "---\n", "===\n", "{onclick=x}",
    ];

    private static readonly string[] Yaml =
    [
        "title: T\n", "summary: S\n", "date: 2026-11-20\n", "date: 2026-02-30\n", "companies: [openai]\n", "companies: [nobody]\n",
        "deals: [reset]\n", "tags: [cloud]\n", "tags: [Cloud]\n", "sources: [report]\n", "draft: true\n", "unknown: 1\n",
        "title: [a, b]\n", "x: &a 1\n", "y: *a\n", "z: !!python/object x\n", "  - bad indent\n", "title: T\n", "'\n", "{\n",
    ];

    [Fact]
    public void Generated_sites_build_cleanly_or_fail_with_positions()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Cases; i++)
        {
            var files = Generate(random);
            var clock = Stopwatch.StartNew();
            BuildResult result;
            try
            {
                result = TestSite.Build(files);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"case {i} (seed {Seed}) crashed: {e}\n{Describe(files)}");
            }

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"case {i} (seed {Seed}) took {clock.Elapsed}\n{Describe(files)}");
            Assert.Equal(result.Succeeded, !result.Diagnostics.Any(d => d.IsError));
            foreach (var diagnostic in result.Diagnostics)
            {
                Assert.True(diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1 && diagnostic.Location.Path.Length > 0,
                    $"case {i} (seed {Seed}): {diagnostic.Format()}\n{Describe(files)}");
                Assert.DoesNotContain("   at ", diagnostic.Format());
            }
        }
    }

    [Fact]
    public void Generated_failures_leave_the_previous_output_byte_identical()
    {
        var random = new Random(Seed);
        using var site = Disk.Write(TestSite.Minimal());
        Assert.Equal(0, ExplainerInProcess.Start(site.Root, "build").ExitCode);
        for (var i = 0; i < Math.Max(3, Cases / 20); i++)
        {
            var before = Disk.Hashes(site.Output);
            var (path, text) = Generate(random).First(f => f.Key == TestSite.ArticlePath);
            site.Put(path, text);

            var run = ExplainerInProcess.Start(site.Root, "build");

            Assert.True(run.ExitCode is 0 or 1, $"exit code {run.ExitCode}\n{run.Error}");
            Assert.DoesNotContain("   at ", run.Error);
            if (run.ExitCode == 1)
            {
                Assert.Equal(before, Disk.Hashes(site.Output));
            }
        }
    }

    private static Dictionary<string, string> Generate(Random random)
    {
        var frontMatter = new StringBuilder(TestSite.HelloFrontMatter);
        for (var i = random.Next(3); i > 0; i--)
        {
            frontMatter.Append(Yaml[random.Next(Yaml.Length)]);
        }

        var body = new StringBuilder();
        for (var i = random.Next(1, 40); i > 0; i--)
        {
            var piece = Markdown[random.Next(Markdown.Length)];
            body.Append(random.Next(20) == 0 ? string.Concat(Enumerable.Repeat(piece, random.Next(100, 3000))) : piece);
        }

        var files = TestSite.WithArticle(Corrupt(random, frontMatter.ToString()), Corrupt(random, body.ToString()));
        if (random.Next(4) == 0)
        {
            files["seeds/report.yml"] = Corrupt(random, files["seeds/report.yml"] + Yaml[random.Next(Yaml.Length)]);
        }

        var slug = Pick(random, "google", "aws", "x-ai", "Bad_Slug", "gcp");
        switch (random.Next(4))
        {
            case 0:
                files[$"input/data/companies/{slug}.yml"] = Corrupt(random,
                    $"name: {Pick(random, "Google", "\"\"", "[x]")}\nroles: [{Pick(random, "lab", "cloud", "chips, product", "bogus", "")}]\n" +
                    $"summary: A company.\n{Pick(random, "", "website: https://example.org\n", "website: javascript:x\n", "sources: [report, nope]\n")}");
                break;
            case 1:
                files[$"input/data/clouds/{slug}.yml"] = Corrupt(random, $"name: Cloud\noperator: {Pick(random, "microsoft", "openai", "nobody")}\n");
                break;
            case 2:
                files["input/data/deals/reset.yml"] = Corrupt(random, Deal(random));
                break;
        }

        return files;
    }

    private static string Deal(Random random)
    {
        var deal = new StringBuilder($"title: The reset\nparties: [{Pick(random, "microsoft, openai", "openai", "microsoft, nobody")}]\nsummary: Terms.\n");
        deal.Append(Pick(random, "", "announced: 2026-01-05\n", "announced: soon\n")).Append("terms:\n");
        for (var i = random.Next(4); i > 0; i--)
        {
            deal.Append($"  - id: {Pick(random, "a", "b", "a")}\n    label: L\n{Pick(random, "    before: x\n", "", "    before: y\n")}" +
                $"{Pick(random, "    after: y\n", "", "    after: x\n")}{Pick(random, "", "    change: added\n", "    change: removed\n", "    change: sideways\n")}    source: report\n");
        }

        deal.Append("access:\n");
        for (var i = random.Next(3); i > 0; i--)
        {
            deal.Append($"  - lab: {Pick(random, "openai", "microsoft")}\n    cloud: {Pick(random, "azure", "nowhere")}\n" +
                $"    before: {Pick(random, "exclusive", "unknown", "maybe")}\n    after: {Pick(random, "priority", "available")}\n    source: report\n");
        }

        return deal.ToString();
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    /// <summary>Sometimes deletes, duplicates or swaps a few characters.</summary>
    private static string Corrupt(Random random, string text)
    {
        if (text.Length == 0 || random.Next(3) != 0)
        {
            return text;
        }

        var chars = new StringBuilder(text);
        for (var i = random.Next(1, 4); i > 0 && chars.Length > 1; i--)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(3))
            {
                case 0: chars.Remove(at, 1); break;
                case 1: chars.Insert(at, chars[at]); break;
                default: chars[at] = "[]()*_`<>:-#\n \"'{}&"[random.Next(19)]; break;
            }
        }

        return chars.ToString();
    }

    private static string Describe(Dictionary<string, string> files) =>
        string.Join("\n", files.Where(f => !TestSite.Minimal().TryGetValue(f.Key, out var v) || v != f.Value).Select(f => $"--- {f.Key}\n{(f.Value.Length > 2000 ? f.Value[..2000] + "..." : f.Value)}"));
}
