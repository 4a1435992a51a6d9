namespace Explainer.Sources;

/// <summary>One file of the site, with its path relative to the root in forward-slash form
/// (<c>input/articles/reset.md</c>, <c>seeds/x.yml</c>, <c>theme/layouts/base.html</c>).</summary>
public sealed record InputFile(string Path, byte[] Bytes);
