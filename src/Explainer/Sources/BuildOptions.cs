namespace Explainer.Sources;

public sealed record BuildOptions
{
    /// <summary>Include articles marked <c>draft: true</c>.</summary>
    public bool Drafts { get; init; }

    /// <summary>Replaces <c>base_url</c> of site.yml when set.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Rendering for the preview server: drafts carry a visible banner.</summary>
    public bool Preview { get; init; }

    /// <summary>The longest one page may take to render before it is reported as an error.</summary>
    public TimeSpan PageRenderTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
