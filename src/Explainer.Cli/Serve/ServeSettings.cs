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

    public string ThemeFolder => Theme ?? Path.Combine(Root, "theme");
}
