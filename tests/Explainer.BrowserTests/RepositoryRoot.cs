namespace Explainer.BrowserTests;

/// <summary>The checkout the tests run in: the real site (input/, seeds/, theme/) and node_modules/ live there.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = AppContext.BaseDirectory;
        while (!File.Exists(System.IO.Path.Combine(directory, "Explainer.sln")))
        {
            directory = System.IO.Path.GetDirectoryName(directory)
                ?? throw new InvalidOperationException("Explainer.sln not found above the test folder");
        }

        return directory;
    }
}
