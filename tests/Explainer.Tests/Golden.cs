using Explainer.Output;

namespace Explainer.Tests;

/// <summary>Compares a build with checked-in expected files: the list of files and every byte.
/// <c>UPDATE_GOLDEN=1 dotnet test --filter Golden</c> rewrites them after a deliberate change.</summary>
internal static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static void Verify(IReadOnlyList<OutputFile> files, string expectedFolder)
    {
        if (Updating)
        {
            Rewrite(files, expectedFolder);
            return;
        }

        Assert.True(Directory.Exists(expectedFolder), $"{expectedFolder} does not exist; run UPDATE_GOLDEN=1 dotnet test --filter Golden");
        var expected = Directory.EnumerateFiles(expectedFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(expectedFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList());
        var different = files.Where(f => !File.ReadAllBytes(Path.Combine(expectedFolder, f.Path)).AsSpan().SequenceEqual(f.Bytes)).ToList();
        Assert.True(different.Count == 0,
            $"{different.Count} file(s) differ from {expectedFolder} (run UPDATE_GOLDEN=1 dotnet test --filter Golden after a deliberate change):\n"
            + string.Join("\n", different.Select(f => FirstDifference(f, Path.Combine(expectedFolder, f.Path)))));
    }

    private static void Rewrite(IReadOnlyList<OutputFile> files, string expectedFolder)
    {
        if (Directory.Exists(expectedFolder))
        {
            Directory.Delete(expectedFolder, recursive: true);
        }

        foreach (var file in files)
        {
            var path = Path.Combine(expectedFolder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    private static string FirstDifference(OutputFile actual, string expectedPath)
    {
        var expectedLines = File.ReadAllText(expectedPath).Split('\n');
        var actualLines = System.Text.Encoding.UTF8.GetString(actual.Bytes).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            if (e != a)
            {
                return $"  {actual.Path} line {i + 1}:\n    expected: {Shorten(e)}\n    actual:   {Shorten(a)}";
            }
        }

        return $"  {actual.Path}: bytes differ";
    }

    private static string Shorten(string line) => line.Length <= 200 ? line : line[..197] + "...";
}
