using System.Net;
using Explainer.Sources;

namespace Explainer.Cli.Serve;

/// <summary>What <c>explainer serve</c> was asked for.</summary>
internal sealed record ServeSettings(string Root, string? Theme, IPAddress Address, string Host, int Port, BuildOptions Options)
{
    public string ThemeFolder => Theme ?? Path.Combine(Root, "theme");
}
