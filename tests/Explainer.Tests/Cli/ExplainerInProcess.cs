using Explainer.Cli;

namespace Explainer.Tests.Cli;

/// <summary>Tests that run <see cref="Program.Main"/> in this process: they swap the console and the current folder,
/// so they run one at a time, after the parallel tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console and current folder";
}

/// <summary><c>explainer</c> run in-process (fast: no new runtime to start), capturing what it prints.</summary>
internal static class ExplainerInProcess
{
    private static readonly Lock Gate = new();

    public static ExplainerProcess.Run Start(string workingDirectory, params string[] args)
    {
        lock (Gate)
        {
            var (output, error, folder) = (Console.Out, Console.Error, Environment.CurrentDirectory);
            // Run as on a writer's machine even when the tests run in GitHub Actions, where it would print annotations.
            var actions = Environment.GetEnvironmentVariable("GITHUB_ACTIONS");
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", null);
            var capturedOutput = new StringWriter { NewLine = "\n" };
            var capturedError = new StringWriter { NewLine = "\n" };
            try
            {
                Console.SetOut(capturedOutput);
                Console.SetError(capturedError);
                Environment.CurrentDirectory = workingDirectory;
                var code = Program.Main(args);
                return new ExplainerProcess.Run(code, capturedOutput.ToString(), capturedError.ToString());
            }
            finally
            {
                Console.SetOut(output);
                Console.SetError(error);
                Environment.CurrentDirectory = folder;
                Environment.SetEnvironmentVariable("GITHUB_ACTIONS", actions);
            }
        }
    }
}
