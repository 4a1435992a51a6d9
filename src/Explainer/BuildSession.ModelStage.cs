using System.Collections.Concurrent;
using System.Text;
using Explainer.Cards;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Output;
using Explainer.Rendering;
using Explainer.Sources;

namespace Explainer;

public sealed partial class BuildSession
{
    /// <summary>The model stage's result, and what is made from it and the theme: the template data, the renderer (with
    /// its <c>include_cached</c> partials) and the data files, each made again only when the site or theme it reads is new.</summary>
    internal sealed record ModelStage(SiteContent Content, Site Site, IReadOnlyList<Diagnostic> ContentFindings, IReadOnlyList<Diagnostic> ModelFindings)
    {
        // Made when an article edit first asks (KeepModel), for the content it was made from: a record edit never asks.
        private ArticlesByPath? articles;

        private sealed record ArticlesByPath(SiteContent Content, IReadOnlyDictionary<string, Article> ByPath);

        /// <summary>The content's articles by their files' paths.</summary>
        public IReadOnlyDictionary<string, Article> Articles
        {
            get
            {
                var known = Volatile.Read(ref articles);
                if (known is null || !ReferenceEquals(known.Content, Content))
                {
                    known = new ArticlesByPath(Content, Content.Articles.ToDictionary(a => a.Location.Path, StringComparer.Ordinal));
                    Volatile.Write(ref articles, known);
                }

                return known.ByPath;
            }
        }

        public Theme? Theme { get; private init; }

        public Views? Views { get; private init; }

        public PageRenderer? Renderer { get; private init; }

        public Once<IReadOnlyList<OutputFile>>? DataFiles { get; private init; }

        public Once<IReadOnlyList<OutputFile>>? CardFiles { get; private init; }

        /// <param name="cards">The cards of the previous site, for a session of many builds; null for one build.</param>
        public ModelStage With(Theme theme, BuildOptions options, bool logReads, CardCache? cards)
        {
            if (ReferenceEquals(theme, Theme))
            {
                return this;
            }

            var views = Views is null || Theme is null ? new Views(Site, theme.AssetUrls)
                : Theme.AssetUrls.Count == theme.AssetUrls.Count && !Theme.AssetUrls.Except(theme.AssetUrls).Any() ? Views
                : Views.WithAssets(theme.AssetUrls);
            return this with
            {
                Theme = theme,
                Views = views,
                Renderer = new PageRenderer(Site, views, theme, options.Preview, options.PageRenderTimeout) { LogsReads = logReads },
                CardFiles = new(cancel => Collect(cancel, output => AddCards(Site, theme, cards, output))),
            };
        }

        /// <summary>The data files (feeds, sitemap, exports), made once per site from its first plan: every later plan of
        /// the same site has the same URLs and dates, so the sitemap needs no plan of its own.</summary>
        public ModelStage WithDataFiles(IReadOnlyList<Page> pages)
        {
            if (DataFiles is not null)
            {
                return this;
            }

            return this with
            {
                DataFiles = new(cancel => Collect(cancel, output =>
                    AddDataFiles(Site, pages.Where(p => p.Kind.Indexed).Select(p => (p.Url, p.Modified)).ToList(), output))),
            };
        }

        /// <summary>The files <paramref name="add"/> makes; when <paramref name="cancel"/> fires, it stops at the next file.</summary>
        private static IReadOnlyList<OutputFile> Collect(CancellationToken cancel, Action<OutputSet> add)
        {
            var files = new ConcurrentBag<OutputFile>();
            var output = new OutputSet(new DiagnosticBag(), (path, bytes) =>
            {
                cancel.ThrowIfCancellationRequested();
                files.Add(new OutputFile(path, bytes.ToArray(), ""));
            });
            try
            {
                add(output);
            }
            catch (AggregateException) when (cancel.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancel);
            }

            var origins = output.ToSortedList().ToDictionary(f => f.Path, f => f.Origin, StringComparer.Ordinal);
            return files.Select(f => f with { Origin = origins[f.Path] }).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        }

        private static void AddDataFiles(Site site, IReadOnlyList<(string Url, string? Modified)> sitemap, OutputSet output)
        {
            output.Add("feed.xml", Encoding.UTF8.GetBytes(Feeds.Atom(site)), "input/articles");
            output.Add("deals/feed.xml", Encoding.UTF8.GetBytes(Feeds.DealAtom(site)), "input/data/deals");
            foreach (var (path, xml) in Feeds.Sitemaps(site, sitemap))
            {
                output.Add(path, Encoding.UTF8.GetBytes(xml), "input");
            }

            output.Add("robots.txt", Encoding.UTF8.GetBytes(Feeds.Robots(site)), "input/site.yml");
            if (Feeds.NoIndexHeaders(site) is { } headers)
            {
                output.Add("_headers", Encoding.UTF8.GetBytes(headers), "input/articles");
            }

            output.Add("data/explainer.json", JsonExport.Write(site), "input/data");
            output.Add("data/explainer.schema.json", JsonSchema.Bytes, "src/Explainer/Output/JsonSchema.cs");
            output.Add("data/matrix.csv", CsvExport.Matrix(site, site.Matrix), "input/data/deals");
            foreach (var deal in site.Deals)
            {
                output.Add($"deals/{deal.Slug}/terms.csv", CsvExport.Terms(site, deal), deal.Location.Path);
            }

            if (site.Matrix.HistoryFits)
            {
                foreach (var (deal, matrix) in site.Matrix.History())
                {
                    output.Add($"matrix/as-of/{deal.Slug}/matrix.csv", CsvExport.Matrix(site, matrix), deal.Location.Path);
                }
            }

            // The search page reads this file to learn whether a search index exists. Pagefind overwrites it when it
            // indexes the built site; without Pagefind it says "no index", so the page never requests a missing file.
            output.Add("pagefind/pagefind-entry.json", "{\"version\":null,\"languages\":{}}\n"u8.ToArray(), "theme/layouts/search.html");
        }

        private static void AddCards(Site site, Theme theme, CardCache? cards, OutputSet output)
        {
            if (theme.CardFonts is not { } fonts)
            {
                return;
            }

            if (cards is null)
            {
                SiteCards.Paint(site, fonts, output);
            }
            else
            {
                cards.Run(fonts, paint => SiteCards.Paint(site, paint, output));
            }
        }
    }
}
