using System.Diagnostics;
using Explainer.Tests.Cli;

namespace Explainer.Tests.Aot;

/// <summary>
/// The published explainer is a Native AOT binary (the benchmark, CI's performance run and Netlify use it). Under AOT,
/// anything that reached template data through reflection compiles without a warning and renders empty, so the only
/// proof is the output itself: the AOT binary must write the same bytes as the JIT build, file for file.
/// Publishing takes 20-60 s and needs clang and zlib1g-dev (.ci/run installs them).
/// </summary>
[Collection(TimingCollection.Name)]
[Trait("Category", "Slow")]
public sealed class AotOutputTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("explainer-aot-").FullName;

    [Fact]
    public void Aot_binary_writes_the_same_bytes_as_the_jit_build()
    {
        var binary = Publish();
        var sites = new List<string> { TestSite.RepositoryRoot };
        if (BenchCorpus() is { } corpus)
        {
            sites.Add(corpus);
        }

        foreach (var site in sites)
        {
            var jit = Path.Combine(work, "jit-" + sites.IndexOf(site));
            var aot = Path.Combine(work, "aot-" + sites.IndexOf(site));
            var theme = Path.Combine(TestSite.RepositoryRoot, "theme");
            var jitRun = ExplainerProcess.Start(TestSite.RepositoryRoot, "build", "--root", site, "--theme", theme, "--output", jit);
            Assert.True(jitRun.ExitCode == 0, jitRun.Error);
            var aotRun = Run(binary, "build", "--root", site, "--theme", theme, "--output", aot);
            Assert.True(aotRun.ExitCode == 0, aotRun.Error);

            var expected = Disk.Hashes(jit);
            var actual = Disk.Hashes(aot);
            Assert.True(expected.Count > 10, $"the JIT build of {site} wrote only {expected.Count} files");
            Assert.Equal(expected.Keys, actual.Keys);
            var differing = expected.Keys.Where(path => expected[path] != actual[path]).ToList();
            Assert.True(differing.Count == 0, $"the AOT build of {site} differs from the JIT build in {differing.Count} files, e.g. {string.Join(", ", differing.Take(5))}");
        }
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    /// <summary>Publishes from a copy of the sources, so the test run's own build folders are left alone.</summary>
    private string Publish()
    {
        var copy = Path.Combine(work, "src");
        foreach (var file in new[] { "Directory.Build.props", "global.json" })
        {
            File.Copy(Path.Combine(TestSite.RepositoryRoot, file), Path.Combine(work, file));
        }

        foreach (var project in new[] { "Explainer", "Explainer.Cli" })
        {
            CopyTree(Path.Combine(TestSite.RepositoryRoot, "src", project), Path.Combine(copy, project));
        }

        var output = Path.Combine(work, "bin");
        var publish = Run("dotnet", TimeSpan.FromMinutes(10), "publish", Path.Combine(copy, "Explainer.Cli"), "-c", "Release", "-o", output, "-nologo");
        Assert.True(publish.ExitCode == 0,
            $"dotnet publish (Native AOT) failed; it needs clang and zlib1g-dev (apt-get install -y clang zlib1g-dev):\n{publish.Out}\n{publish.Error}");
        var binary = Path.Combine(output, OperatingSystem.IsWindows() ? "explainer.exe" : "explainer");
        Assert.True(File.Exists(binary), $"dotnet publish wrote no {binary}");
        return binary;
    }

    /// <summary>The benchmark corpus (100 articles, generated) exercises what the small real site does not: many
    /// companies, clouds and deals in the matrix. The generator lives in shared/ beside the repository.</summary>
    private string? BenchCorpus()
    {
        var generator = Path.GetFullPath(Path.Combine(TestSite.RepositoryRoot, "..", "shared", "bench", "gen_corpus.py"));
        if (!File.Exists(generator))
        {
            return null;
        }

        var corpus = Path.Combine(work, "corpus");
        var run = Run("python3", TimeSpan.FromMinutes(2), generator, "-n", "100", "--seed", "42", "--forms", "neutral", "--out", corpus);
        Assert.True(run.ExitCode == 0, run.Error);
        return corpus;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static ExplainerProcess.Run Run(string program, params string[] args) => Run(program, TimeSpan.FromMinutes(2), args);

    private static ExplainerProcess.Run Run(string program, TimeSpan limit, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {limit.TotalSeconds} s");
        }

        return new ExplainerProcess.Run(process.ExitCode, output.Result, error.Result);
    }
}
