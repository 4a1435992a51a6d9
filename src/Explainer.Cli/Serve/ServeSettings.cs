using System.Net;
using Explainer.Sources;

namespace Explainer.Cli.Serve;

/// <summary>What <c>explainer serve</c> was asked for.</summary>
internal sealed record ServeSettings(string Root, string? Theme, IPAddress Address, string Host, int Port, BuildOptions Options)
{
    /// <summary>Find changes by listing the folders instead of waiting for file events.</summary>
    public bool Poll { get; init; }

    /// <summary>How often <see cref="Poll"/> lists them.</summary>
    public TimeSpan PollInterval { get; init; } = PollingWatcher.Interval;

    /// <summary>Also log when each build's site was served, with what each stage took.</summary>
    public bool Verbose { get; init; }

    public string ThemeFolder => Theme ?? Path.Combine(Root, "theme");
}
