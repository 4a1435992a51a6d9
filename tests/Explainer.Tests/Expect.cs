using Explainer.Diagnostics;

namespace Explainer.Tests;

/// <summary>Assertions on a build's findings, compared as the text a writer sees (<see cref="Diagnostic.Format"/>).</summary>
internal static class Expect
{
    public static void Success(BuildResult result) =>
        Assert.True(result.Succeeded, "the build failed:\n" + Listing(result.Diagnostics));

    /// <summary>The build failed, wrote nothing, and its errors are exactly these (in the order they are printed).</summary>
    public static void Errors(BuildResult result, params string[] expected)
    {
        Assert.False(result.Succeeded, "the build succeeded but should have failed");
        Assert.Empty(result.Files);
        Assert.Equal(expected, result.Diagnostics.Where(d => d.IsError).Select(d => d.Format()).ToArray());
    }

    /// <summary>The build failed and one of its errors reads exactly so.</summary>
    public static void HasError(BuildResult result, string expected)
    {
        Assert.False(result.Succeeded, "the build succeeded but should have failed");
        Assert.Empty(result.Files);
        Assert.True(result.Diagnostics.Any(d => d.IsError && d.Format() == expected),
            $"expected the error\n{expected}\nbut the build reported:\n{Listing(result.Diagnostics)}");
    }

    /// <summary>The single error of a failed build, for tests that look at its parts.</summary>
    public static Diagnostic SingleError(BuildResult result)
    {
        Assert.False(result.Succeeded, "the build succeeded but should have failed");
        Assert.Empty(result.Files);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 1, $"expected one error, got {errors.Count}:\n{Listing(errors)}");
        return errors[0];
    }

    /// <summary>The build succeeded with exactly these warnings.</summary>
    public static void Warnings(BuildResult result, params string[] expected)
    {
        Success(result);
        Assert.Equal(expected, result.Diagnostics.Select(d => d.Format()).ToArray());
    }

    public static string Listing(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.Format()));
}
