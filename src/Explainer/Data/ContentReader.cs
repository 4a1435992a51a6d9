using System.Collections.Concurrent;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Sources;

namespace Explainer.Data;

/// <summary>Turns the input files into records, in parallel. Pure: the files are already in memory.</summary>
public static class ContentReader
{
    private const string SitePath = "input/site.yml";

    /// <summary>How a file becomes its record: <paramref name="read"/> parses it, reporting into the bag it is given.
    /// A caller that keeps records between builds (<see cref="BuildSession"/>) may answer without parsing.</summary>
    public delegate object? FileReader(InputFile file, RawHtml rawHtml, DiagnosticBag diagnostics, Func<DiagnosticBag, object?> read);

    public static SiteContent Read(SiteInput input, DiagnosticBag diagnostics, FileReader? reader = null)
    {
        var config = ReadConfig(input, diagnostics);
        diagnostics.Apply(config.IgnoreWarnings);
        var articles = new ConcurrentBag<Article>();
        var companies = new ConcurrentBag<Company>();
        var clouds = new ConcurrentBag<Cloud>();
        var deals = new ConcurrentBag<Deal>();
        var sources = new ConcurrentBag<Source>();
        var assets = new List<InputFile>();
        var work = new List<(InputFile File, Func<InputFile, DiagnosticBag, object?> Read)>();

        foreach (var file in input.Files)
        {
            var path = file.Path;
            if (path.StartsWith("theme/", StringComparison.Ordinal) || path == SitePath)
            {
                continue;
            }

            if (path.StartsWith("input/assets/", StringComparison.Ordinal))
            {
                assets.Add(file);
            }
            else if (InFolder(path, RecordKind.Article, diagnostics))
            {
                work.Add((file, (f, bag) => ReadArticle(f, config.RawHtml, bag)));
            }
            else if (InFolder(path, RecordKind.Company, diagnostics))
            {
                work.Add((file, (f, bag) => ReadYaml(f, bag, RecordReaders.ReadCompany)));
            }
            else if (InFolder(path, RecordKind.Cloud, diagnostics))
            {
                work.Add((file, (f, bag) => ReadYaml(f, bag, RecordReaders.ReadCloud)));
            }
            else if (InFolder(path, RecordKind.Deal, diagnostics))
            {
                work.Add((file, (f, bag) => ReadYaml(f, bag, DealReader.Read)));
            }
            else if (path.StartsWith(RecordKind.Source.Folder, StringComparison.Ordinal))
            {
                // seeds/ may also hold the source documents themselves; only the .yml records are read.
                if (path.EndsWith(RecordKind.Source.Extension, StringComparison.Ordinal) && path.IndexOf('/', RecordKind.Source.Folder.Length) < 0)
                {
                    work.Add((file, (f, bag) => ReadYaml(f, bag, RecordReaders.ReadSource)));
                }
            }
            else if (path.StartsWith("input/", StringComparison.Ordinal) && !IsKnownFolderFile(path))
            {
                diagnostics.Error(Codes.UnexpectedFile, SourceLocation.File(path), "this file is not part of the content model",
                    "input/ holds site.yml, articles/*.md, data/companies|clouds|deals/*.yml and assets/");
            }
        }

        // One file per core: parsing is CPU-bound, and the preview's thread pool keeps spare threads for requests.
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            object? Read(DiagnosticBag bag) => item.Read(item.File, bag);
            switch (reader is null ? Read(diagnostics) : reader(item.File, config.RawHtml, diagnostics, Read))
            {
                case Article article: articles.Add(article); break;
                case Company company: companies.Add(company); break;
                case Cloud cloud: clouds.Add(cloud); break;
                case Deal deal: deals.Add(deal); break;
                case Source source: sources.Add(source); break;
            }
        });

        var read = articles.Select(a => a.Location.Path).Concat(companies.Select(c => c.Location.Path)).Concat(clouds.Select(c => c.Location.Path))
            .Concat(deals.Select(d => d.Location.Path)).Concat(sources.Select(s => s.Location.Path)).ToHashSet(StringComparer.Ordinal);
        return new SiteContent
        {
            Unreadable = work.Select(w => w.File.Path).Where(p => !read.Contains(p)).ToHashSet(StringComparer.Ordinal),
            Config = config,
            Articles = articles.OrderBy(a => a.Slug, StringComparer.Ordinal).ToList(),
            Companies = companies.OrderBy(c => c.Slug, StringComparer.Ordinal).ToList(),
            Clouds = clouds.OrderBy(c => c.Slug, StringComparer.Ordinal).ToList(),
            Deals = deals.OrderBy(d => d.Slug, StringComparer.Ordinal).ToList(),
            Sources = sources.OrderBy(s => s.Id, StringComparer.Ordinal).ToList(),
            Assets = assets,
        };
    }

    /// <summary>An article is decoded in two parts, front matter and body: it is never held as one string.</summary>
    internal static Article? ReadArticle(InputFile file, RawHtml rawHtml, DiagnosticBag diagnostics) =>
        Slugs.FromPath(file.Path, diagnostics) is { } slug
        && TextDecoder.Validate(file, diagnostics) is { } utf8
        && FrontMatter.Split(file.Path, utf8.Span, diagnostics) is { } split
            ? ArticleReader.Read(file.Path, split, slug, rawHtml, diagnostics)
            : null;

    /// <summary>input/site.yml, or the defaults (reported) when it is missing or wrong.</summary>
    public static SiteConfig ReadConfig(SiteInput input, DiagnosticBag diagnostics)
    {
        var file = input.Files.FirstOrDefault(f => f.Path == SitePath);
        if (file is null)
        {
            diagnostics.Error(Codes.MissingKey, SourceLocation.File(SitePath), "the site has no input/site.yml",
                "create it with at least 'title: ...'");
            return SiteConfig.Default;
        }

        var text = TextDecoder.Decode(file, diagnostics);
        var node = text is null ? null : YamlReader.Read(text, file.Path, 0, diagnostics);
        return (text is null ? null : RecordReaders.ReadSite(node, file.Path, diagnostics)) ?? SiteConfig.Default;
    }

    private static T? ReadYaml<T>(InputFile file, DiagnosticBag diagnostics,
        Func<YamlNode?, string, string, DiagnosticBag, T?> read) where T : class
    {
        if (TextDecoder.Decode(file, diagnostics) is not { } text)
        {
            return null;
        }

        var slug = Slugs.FromPath(file.Path, diagnostics);
        if (slug is null)
        {
            return null;
        }

        var bag = new DiagnosticBag();
        var node = YamlReader.Read(text, file.Path, 0, bag);
        Placeholders.Report(node, bag);
        diagnostics.AddRange(bag.ToSortedList());
        return bag.HasErrors ? null : read(node, file.Path, slug, diagnostics);
    }

    /// <summary>True for a file directly in <paramref name="folder"/>; a file there with another extension is reported.</summary>
    private static bool InFolder(string path, RecordKind kind, DiagnosticBag diagnostics)
    {
        var (folder, extension) = (kind.Folder, kind.Extension);
        if (!path.StartsWith(folder, StringComparison.Ordinal) || path.IndexOf('/', folder.Length) >= 0)
        {
            return false;
        }

        if (path.EndsWith(extension, StringComparison.Ordinal))
        {
            return true;
        }

        diagnostics.Error(Codes.UnexpectedFile, SourceLocation.File(path), $"files in {folder} must end in {extension}",
            $"rename it to end in {extension}, or move it to input/assets/");
        return false;
    }

    private static bool IsKnownFolderFile(string path) =>
        RecordKind.All.Any(k => path.StartsWith(k.Folder, StringComparison.Ordinal));
}
