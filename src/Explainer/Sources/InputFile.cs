using System.IO.Hashing;

namespace Explainer.Sources;

/// <summary>One file of the site, with its path relative to the root in forward-slash form
/// (<c>input/articles/reset.md</c>, <c>seeds/x.yml</c>, <c>theme/layouts/base.html</c>), and its bytes.
/// A file read from disk (<see cref="SiteReader"/>) can let its bytes go once they are parsed (<see cref="Release"/>)
/// and read them again when they are asked for: a full build then holds no article's text for the whole build.</summary>
public sealed class InputFile(string path, byte[] bytes)
{
    private byte[]? held = bytes;
    private (int Length, UInt128 Hash) released;

    public string Path => path;

    /// <summary>Where <see cref="SiteReader"/> read the file; null for a file made in memory, which keeps its bytes.</summary>
    internal string? Physical { get; init; }

    /// <summary>The file's bytes. Once let go, each call reads them from disk again, and they must be the bytes that
    /// were let go: a file changed or removed since throws <see cref="ChangedFileException"/>, never other bytes.</summary>
    public byte[] Bytes => Volatile.Read(ref held) ?? ReadAgain();

    /// <summary>Lets go of the bytes, keeping their length and hash, when the file can read them again from disk.</summary>
    internal void Release()
    {
        if (Physical is not null && Volatile.Read(ref held) is { } bytes)
        {
            released = (bytes.Length, XxHash128.HashToUInt128(bytes));
            Volatile.Write(ref held, null);
        }
    }

    private byte[] ReadAgain()
    {
        byte[]? bytes;
        try
        {
            // A named pipe put in the file's place would make the read wait for a writer.
            bytes = RegularFile.Is(Physical!) ? SiteReader.ReadAllBytes(Physical!) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ChangedFileException(Path, e);
        }

        return bytes is not null && bytes.Length == released.Length && XxHash128.HashToUInt128(bytes) == released.Hash
            ? bytes : throw new ChangedFileException(Path, null);
    }
}
