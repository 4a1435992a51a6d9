using System.Diagnostics;

namespace Explainer.BrowserTests;

/// <summary>Runs a command-line tool installed by <c>npm ci</c> into the repository's node_modules/.bin.</summary>
internal static class NodeTool
{
    public static string BinDirectory { get; } = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin");

    public static bool IsInstalled(string name) => File.Exists(Path.Combine(BinDirectory, name));

    /// <summary>The tool's path, or an exception that tells how to install it.</summary>
    public static string Require(string name)
    {
        var path = Path.Combine(BinDirectory, name);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{path} is missing: run `npm ci` in {RepositoryRoot.Path} (package.json pins the tools the tests use)");
        }

        return path;
    }

    public static async Task<ToolRun> RunAsync(string name, IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Require(name))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Colours would clutter the messages that failing tests show.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["FORCE_COLOR"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{name} {string.Join(' ', start.ArgumentList)} did not finish within {timeout.TotalSeconds} s");
        }

        return new ToolRun(process.ExitCode, await output, await error);
    }
}
