namespace Explainer.Tests;

/// <summary>A site written to a fresh temporary folder (for the CLI and the disk reader), deleted on dispose.</summary>
internal sealed class Disk : IDisposable
{
    private Disk(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    /// <summary>Writes the theme and <paramref name="files"/> under a new folder.</summary>
    public static Disk Write(IReadOnlyDictionary<string, string> files)
    {
        var disk = new Disk(Directory.CreateTempSubdirectory("explainer-tests-").FullName);
        foreach (var (path, text) in TestSite.Theme.Concat(files))
        {
            disk.Put(path, text);
        }

        TestSite.WriteThemeBinaries(disk.Root);
        return disk;
    }

    public string Put(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary>Every file under <paramref name="folder"/> with a hash of its bytes, by relative path.</summary>
    public static SortedDictionary<string, string> Hashes(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            result[Path.GetRelativePath(folder, file).Replace('\\', '/')] =
                Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file; the temp folder is cleaned by the system.
        }
    }
}
