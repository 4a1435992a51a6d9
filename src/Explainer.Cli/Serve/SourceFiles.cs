using Explainer.Diagnostics;
using Explainer.Sources;

namespace Explainer.Cli.Serve;

/// <summary>The site's input held in memory between builds. A save re-reads only the files it names; anything
/// unusual (a folder, a symbolic link) falls back to a full read with <see cref="SiteReader"/>, whose rules
/// (ignored names, links that must stay inside) therefore stay the only ones.</summary>
internal sealed class SourceFiles(string root, string theme, BuildOptions options)
{
    private readonly SortedDictionary<string, InputFile> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Diagnostic> readFindings = new(StringComparer.Ordinal);

    public string Root { get; } = Path.GetFullPath(root);

    public string Theme { get; } = Path.GetFullPath(theme);

    /// <summary>The logical paths of the files held now.</summary>
    public IReadOnlyList<string> Paths => files.Keys.ToList();

    /// <summary>Reads everything again; returns the paths whose bytes changed, appeared or vanished.</summary>
    public IReadOnlyList<string> Rescan()
    {
        var input = SiteReader.Read(Root, Theme, options);
        var changed = new List<string>();
        var fresh = input.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        changed.AddRange(files.Keys.Where(path => !fresh.ContainsKey(path)));
        foreach (var file in input.Files)
        {
            if (!files.TryGetValue(file.Path, out var old) || !old.Bytes.AsSpan().SequenceEqual(file.Bytes))
            {
                changed.Add(file.Path);
                files[file.Path] = file;
            }
        }

        foreach (var path in changed.Where(p => !fresh.ContainsKey(p)))
        {
            files.Remove(path);
        }

        // A file that became unreadable, or readable again, changes the build as much as new bytes do.
        var findings = input.ReadDiagnostics.GroupBy(d => d.Location.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        changed.AddRange(findings.Keys.Concat(readFindings.Keys).Distinct()
            .Where(path => findings.GetValueOrDefault(path) != readFindings.GetValueOrDefault(path) && !changed.Contains(path)));
        readFindings.Clear();
        foreach (var (path, finding) in findings)
        {
            readFindings[path] = finding;
        }

        return changed;
    }

    /// <summary>Re-reads the named files; null when the change needs a full <see cref="Rescan"/>.</summary>
    public IReadOnlyList<string>? Refresh(IEnumerable<string> paths)
    {
        var changed = new List<string>();
        foreach (var path in paths)
        {
            var physical = Physical(path);
            if (physical is null || Directory.Exists(physical) || files.Keys.Any(k => k.StartsWith(path + "/", StringComparison.Ordinal))
                || readFindings.ContainsKey(path) || CrossesLink(physical))
            {
                return null;
            }

            var file = new FileInfo(physical);
            if (file.LinkTarget is not null || (file.Exists && !RegularFile.Is(physical)))
            {
                return null;
            }

            if (!TryRead(file, out var bytes))
            {
                return null;
            }

            if (bytes is null)
            {
                if (files.Remove(path))
                {
                    changed.Add(path);
                }
            }
            else if (!files.TryGetValue(path, out var old) || !old.Bytes.AsSpan().SequenceEqual(bytes))
            {
                files[path] = new InputFile(path, bytes);
                changed.Add(path);
            }
        }

        return changed;
    }

    /// <summary>True for a file the site has but the disk (for the moment) does not: an editor may be
    /// halfway through replacing it.</summary>
    public bool IsMissing(string path) => files.ContainsKey(path) && Physical(path) is { } physical && !File.Exists(physical);

    /// <summary>True for a file that had content and is now empty: editors that truncate, then write, pass through this.</summary>
    public bool IsEmptied(string path) =>
        files.TryGetValue(path, out var file) && file.Bytes.Length > 0 && Physical(path) is { } physical
        && new FileInfo(physical) is { Exists: true, Length: 0 };

    public SiteInput ToInput()
    {
        var findings = new DiagnosticBag();
        findings.AddRange(readFindings.Values);
        return new SiteInput(files.Values.ToList(), options) { ReadDiagnostics = findings.ToSortedList() };
    }

    /// <summary>The text of an input file, for the lines the error overlay shows.</summary>
    public string? Text(string path) =>
        files.TryGetValue(path, out var file) ? TextDecoder.Decode(file, new DiagnosticBag()) : null;

    /// <summary><c>input/a.md</c> to its place on disk; null for a path that is not content (an editor's file).</summary>
    public string? Physical(string logical)
    {
        if (logical.Split('/').Any(SiteReader.IsIgnored))
        {
            return null;
        }

        return logical switch
        {
            _ when logical.StartsWith("input/", StringComparison.Ordinal) || logical.StartsWith("seeds/", StringComparison.Ordinal)
                => Path.Combine(Root, logical),
            _ when logical.StartsWith("theme/", StringComparison.Ordinal) => Path.Combine(Theme, logical["theme/".Length..]),
            _ => null,
        };
    }

    /// <summary>False when the file could not be read: a full read then reports it as a build would.</summary>
    private static bool TryRead(FileInfo file, out byte[]? bytes)
    {
        try
        {
            bytes = file.Exists ? File.ReadAllBytes(file.FullName) : null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bytes = null;
            return false;
        }
    }

    /// <summary>A folder on the way that is a symbolic link: <see cref="SiteReader"/> never follows those.</summary>
    private bool CrossesLink(string physical)
    {
        var top = physical.StartsWith(Theme + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Theme : Root;
        for (var folder = Path.GetDirectoryName(physical); folder is not null && folder.Length > top.Length; folder = Path.GetDirectoryName(folder))
        {
            if (new DirectoryInfo(folder).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }
}
