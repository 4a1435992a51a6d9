using Explainer.Sources;

namespace Explainer.Tests;

/// <summary>The repository's real site (input/, seeds/, theme/), read from disk and built once for every test that asks.</summary>
internal static class RepositorySite
{
    private static readonly Lazy<BuildResult> Result = new(() =>
    {
        var result = SiteBuilder.Build(SiteReader.Read(TestSite.RepositoryRoot, null, new BuildOptions()));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the repository's site does not build:\n" + string.Join("\n", result.Diagnostics.Select(d => d.Format())));
        }

        return result;
    });

    public static BuildResult Build() => Result.Value;
}
