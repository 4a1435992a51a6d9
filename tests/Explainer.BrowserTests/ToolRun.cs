namespace Explainer.BrowserTests;

/// <summary>How a child process ended and what it printed.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public string Describe() => $"exit code {ExitCode}\n{Output}\n{Error}".Trim();
}
