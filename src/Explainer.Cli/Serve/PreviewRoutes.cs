namespace Explainer.Cli.Serve;

/// <summary>The server's own URLs, under a prefix no build output uses.</summary>
internal static class PreviewRoutes
{
    public const string Prefix = "/__explainer/";
    public const string ReloadScript = Prefix + "reload.js";
    public const string OverlayCss = Prefix + "overlay.css";
    public const string Events = Prefix + "events";
}
