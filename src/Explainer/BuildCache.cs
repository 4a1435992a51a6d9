using Explainer.Data;
using Explainer.Rendering;

namespace Explainer;

/// <summary>What one build leaves for the next, for the preview server: parsed files and rendered pages.
/// <see cref="SiteBuilder.Build(Sources.SiteInput, BuildCache?)"/> with a cache gives the same bytes as without
/// one; it only skips the work whose inputs did not change. Not for concurrent builds.</summary>
public sealed class BuildCache
{
    public ParseCache Parsed { get; } = new();

    public RenderCache Rendered { get; } = new();

    /// <summary>True when the latest build only re-rendered the pages of articles whose body alone changed.</summary>
    public bool LastWasBodyEdit { get; internal set; }

    /// <summary>The latest build, when it succeeded: what <see cref="BodyEdit"/> starts from.</summary>
    internal PreviousBuild? Previous { get; set; }
}
