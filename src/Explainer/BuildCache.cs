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
}
