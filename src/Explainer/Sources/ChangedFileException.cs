namespace Explainer.Sources;

/// <summary>A file whose bytes were let go (<see cref="InputFile.Release"/>) is no longer what was read: it was edited,
/// replaced or removed on disk while the site was being built.</summary>
public sealed class ChangedFileException(string path, Exception? inner)
    : IOException($"{path} changed on disk while the site was being built", inner)
{
    /// <summary>The file's path relative to the root (<c>input/articles/reset.md</c>).</summary>
    public string Path => path;
}
