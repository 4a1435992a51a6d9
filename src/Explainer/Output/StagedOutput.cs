using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Explainer.Output;

/// <summary>
/// A build being written into a fresh staging folder beside the output, file by file as pages render (so a large
/// site is never held in memory whole), then swapped into place by <see cref="Commit"/>. Until then the previous
/// output stays as it was; disposing without committing removes the staging folder.
/// A file whose bytes equal the previous output's file at the same path is hard-linked instead of written again:
/// less disk work, and its modification time stays, so deploy tools see it unchanged.
/// It holds the output's <see cref="OutputLock"/> until disposed: builds into one folder never see each other's staging.
/// </summary>
public sealed partial class StagedOutput : IDisposable
{
    private readonly string target;
    private readonly string staging;
    private readonly string? previous;
    private readonly OutputLock exclusive;
    private readonly ConcurrentDictionary<string, bool> directories = new(StringComparer.Ordinal);
    private int written;
    private int linked;
    private bool committed;
    private string? retired;

    internal StagedOutput(string target, string staging, OutputLock exclusive)
    {
        this.target = target;
        this.staging = staging;
        this.exclusive = exclusive;
        previous = OperatingSystem.IsLinux() && Directory.Exists(target) ? target : null;
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, OutputWriter.Marker), "Written by explainer build: the next build replaces this folder whole.\n");
    }

    /// <summary>The staging folder, for tools that add to the build before <see cref="Commit"/> (the search index).</summary>
    public string Folder => staging;

    /// <summary>Files staged so far.</summary>
    public int Count => Volatile.Read(ref written) + Volatile.Read(ref linked);

    /// <summary>Files taken over unchanged from the previous output.</summary>
    public int Unchanged => Volatile.Read(ref linked);

    /// <summary>Stages one file. Safe to call from several threads; each path once.</summary>
    public void Write(OutputFile file) => Write(file.Path, file.Bytes);

    /// <summary>Stages one file from bytes that are only valid during the call. Safe to call from several threads; each path once.</summary>
    public void Write(string relative, ReadOnlySpan<byte> bytes)
    {
        var path = Path.Combine(staging, relative);
        EnsureDirectory(Path.GetDirectoryName(path)!);
        if (previous is not null && SameBytes(Path.Combine(previous, relative), bytes) && Link(Path.Combine(previous, relative), path) == 0)
        {
            Interlocked.Increment(ref linked);
            return;
        }

        // CreateNew, not File.WriteAllBytes: on Linux that truncates the new file explicitly, and ext4 then
        // flushes it synchronously on close (its protection for files replaced by truncation), about 1 ms a file.
        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        Interlocked.Increment(ref written);
    }

    /// <summary>Puts the staged build in place of the output folder, in one step where the kernel offers it. The
    /// previous output is removed by <see cref="Dispose"/>, so that its size (a 100,000-page site takes half a
    /// minute to delete) holds up neither the new site nor the build's result.</summary>
    public void Commit()
    {
        retired = OutputWriter.Swap(staging, target);
        committed = true;
    }

    /// <summary>Removes the staging folder of a build that was not committed, or the previous output of one that was.</summary>
    public void Dispose()
    {
        try
        {
            var leftover = committed ? retired : staging;
            if (leftover is not null && Directory.Exists(leftover))
            {
                Directory.Delete(leftover, recursive: true);
            }
        }
        catch (Exception e) when (committed && e is IOException or UnauthorizedAccessException)
        {
            // The new build is in place; the next build removes what is left.
        }
        finally
        {
            exclusive.Dispose();
        }
    }

    /// <summary>Pages each have a folder of their own; asking the disk once per folder is enough.</summary>
    private void EnsureDirectory(string directory)
    {
        if (!directories.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            directories.TryAdd(directory, true);
        }
    }

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var buffer = new byte[Math.Min(bytes.Length, 1 << 16)];
            for (var offset = 0; offset < bytes.Length;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, bytes.Length - offset)), offset);
                if (read <= 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Link(string existing, string created);
}
