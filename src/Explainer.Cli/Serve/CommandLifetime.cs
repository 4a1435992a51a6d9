using Microsoft.Extensions.Hosting;

namespace Explainer.Cli.Serve;

/// <summary>
/// Leaves Ctrl+C and SIGTERM to the command. The host's default (ConsoleLifetime) takes both signals for itself,
/// stops Kestrel without telling the command, and holds the process's exit until the host is disposed: a
/// stop during a rebuild then waited for the rebuild, and one during a read that never returned waited forever.
/// </summary>
internal sealed class CommandLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
