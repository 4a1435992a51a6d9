namespace Explainer.Sources;

public sealed record BuildOptions
{
    /// <summary>Include articles marked <c>draft: true</c>.</summary>
    public bool Drafts { get; init; }

    /// <summary>Replaces <c>base_url</c> of site.yml when set.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Warning codes left out of the result (<c>--nowarn</c>), on top of site.yml's <c>ignore_warnings</c>.</summary>
    public IReadOnlyList<string> NoWarn { get; init; } = [];

    /// <summary>Every warning that is not ignored is an error (<c>--warnaserror</c>): the build fails.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>Rendering for the preview server: drafts carry a visible banner.</summary>
    public bool Preview { get; init; }

    /// <summary>The longest one page may take to render before it is reported as an error, and the build stops. A guard
    /// against endless template loops, not a speed limit: the largest page of the 10,000-article benchmark, /matrix/,
    /// renders in well under a second, and a busy machine must not turn it into an error.</summary>
    public TimeSpan PageRenderTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest a whole build may take: a template slow on every page, though under the page limit on
    /// each, still ends. A 100,000-page site builds in about two minutes on two cores.</summary>
    public TimeSpan BuildTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
