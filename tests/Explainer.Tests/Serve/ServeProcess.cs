using System.Collections.Concurrent;
using System.Diagnostics;
using Explainer.Tests.Cli;

namespace Explainer.Tests.Serve;

/// <summary><c>explainer serve</c> as a child process, for what only a real process shows: signals and exit.
/// Every wait is bounded, and disposing kills the process if it is still there.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<string> lines = [];

    private ServeProcess(Process process) => this.process = process;

    public Uri? Address { get; private set; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts serving <paramref name="root"/> and waits until it says where.</summary>
    public static ServeProcess Start(string root)
    {
        var serve = new ServeProcess(new Process { StartInfo = ExplainerProcess.Info(root, null, "serve", "--port", "0", "--root", root) });
        serve.process.OutputDataReceived += (_, e) => serve.Add(e.Data);
        serve.process.ErrorDataReceived += (_, e) => serve.Add(e.Data);
        serve.process.Start();
        serve.process.BeginOutputReadLine();
        serve.process.BeginErrorReadLine();
        var serving = serve.WaitForLine("Serving ", TimeSpan.FromSeconds(60));
        serve.Address = new Uri(serving.Split(' ')[1]);
        return serve;
    }

    /// <summary>The next line that starts with <paramref name="prefix"/>; fails after <paramref name="timeout"/>.</summary>
    public string WaitForLine(string prefix, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (lines.TryTake(out var line, timeout - clock.Elapsed is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero))
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new TimeoutException($"explainer serve did not print a line starting with '{prefix}' within {timeout}");
    }

    /// <summary>Sends <paramref name="signal"/> (15 SIGTERM, 2 SIGINT) and returns how long the process took to end.</summary>
    public TimeSpan Signal(int signal, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, Kill(process.Id, signal));
        Assert.True(process.WaitForExit(timeout), $"explainer serve was still running {timeout} after signal {signal}");
        return clock.Elapsed;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            lines.Add(line);
        }
    }

    /// <summary>kill(1): the test project has no unsafe code for a P/Invoke of its own.</summary>
    private static int Kill(int pid, int signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit(10_000);
        return kill.ExitCode;
    }
}
