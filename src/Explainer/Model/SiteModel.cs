using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>Checks every cross-reference of the content (with "did you mean"), then builds the
/// <see cref="Site"/> and its indexes once.</summary>
public static class SiteModel
{
    /// <param name="previous">The model of an earlier build of the same site: what it derived from the articles alone is
    /// taken from it while they are the same records (<see cref="ArticleIndex"/>).</param>
    public static Site Build(SiteContent content, bool includeDrafts, DiagnosticBag diagnostics, Site? previous = null)
    {
        var companies = content.Companies.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var clouds = content.Clouds.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var deals = content.Deals.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var sources = content.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var check = new References(companies, clouds, deals, sources, content.Unreadable, diagnostics);
        check.Validate(content);
        var checkedArticles = ArticleChecks.Of(content, previous?.ArticleChecks, check.ValidateArticles);
        diagnostics.AddRange(checkedArticles.Findings);

        var articles = ArticleIndex.Build(content.Articles, includeDrafts, previous?.ArticleIndex);
        diagnostics.AddRange(articles.Findings);
        var orderedDeals = content.Deals
            .OrderByDescending(d => d.Announced ?? DateOnly.MinValue).ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ToList();
        var labs = content.Companies.Where(c => c.IsLab).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var cloudList = content.Clouds.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var headline = content.Config.Headline is { } h && deals.TryGetValue(h.Slug, out var chosen) ? chosen : orderedDeals.FirstOrDefault();

        return new Site
        {
            Config = content.Config,
            IncludesDrafts = includeDrafts,
            Articles = articles.Articles,
            ReadingOrder = articles.ReadingOrder,
            Headline = headline,
            Companies = content.Companies.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            Clouds = cloudList,
            Deals = orderedDeals,
            Sources = content.Sources,
            Matrix = Matrix.Build(labs, cloudList, content.Deals),
            CompanyBySlug = companies,
            CloudBySlug = clouds,
            DealBySlug = deals,
            SourceById = sources,
            ArticleBySlug = articles.BySlug,
            ArticlesByCompany = articles.ByCompany,
            ArticlesByDeal = articles.ByDeal,
            ArticlesByTag = articles.ByTag,
            DealsByCompany = Index(orderedDeals, d => d.Parties.Select(r => r.Slug)),
            CloudsByOperator = Index(cloudList, c => [c.Operator.Slug]),
            CitationsBySource = Citations(articles, content),
            CitationsByClaim = ClaimCitations(content),
            Tags = articles.Tags,
            ArticleIndex = articles,
            ArticleChecks = checkedArticles,
        };
    }

    /// <summary>key -> items, each list in the order of <paramref name="items"/>, an item once per key.</summary>
    internal static Dictionary<string, IReadOnlyList<T>> Index<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys) where T : class
    {
        var index = new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in keys(item))
            {
                // The item is the list's last one when an earlier key of the same item was this one.
                if (!index.TryGetValue(key, out var list) || !ReferenceEquals(list[^1], item))
                {
                    Add(index, key, item);
                }
            }
        }

        return index;
    }

    /// <summary>Appends <paramref name="item"/> to the list of <paramref name="key"/>, made on first use.</summary>
    internal static void Add<T>(Dictionary<string, IReadOnlyList<T>> index, string key, T item)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<T>();
        }

        ((List<T>)list).Add(item);
    }

    /// <summary>source id -> what cites it: companies, then deals, then articles (<see cref="ArticleIndex.Citations"/>).</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<Citation>> Citations(ArticleIndex articles, SiteContent content)
    {
        var index = new Dictionary<string, IReadOnlyList<Citation>>(StringComparer.Ordinal);
        foreach (var company in content.Companies)
        {
            foreach (var source in company.Sources)
            {
                Add(index, source.Slug, new Citation(RecordKind.Company.Name, company.Name, company.Url));
            }
        }

        foreach (var deal in content.Deals)
        {
            var cited = deal.Sources.Select(s => s.Slug)
                .Concat(CitesOf(deal).Select(c => c.Source.Slug))
                .Distinct();
            foreach (var source in cited)
            {
                Add(index, source, new Citation(RecordKind.Deal.Name, deal.Title, deal.Url));
            }
        }

        foreach (var (source, cites) in articles.Citations)
        {
            index[source] = index.TryGetValue(source, out var records) ? [.. records, .. cites] : cites;
        }

        return index;
    }

    /// <summary>Every citation a deal makes: its date, figures, terms and access changes.</summary>
    public static IEnumerable<Cite> CitesOf(Deal deal) =>
        deal.AnnouncedSources
            .Concat(deal.Figures.SelectMany(f => f.Sources))
            .Concat(deal.Terms.SelectMany(t => t.Sources))
            .Concat(deal.Access.SelectMany(a => a.Sources));

    /// <summary>"source#claim" -> the deals that cite that exact claim, so a source's page can say what relies on each claim.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<Citation>> ClaimCitations(SiteContent content)
    {
        var index = new Dictionary<string, IReadOnlyList<Citation>>(StringComparer.Ordinal);
        foreach (var deal in content.Deals)
        {
            foreach (var key in CitesOf(deal).Where(c => c.Claim is not null).Select(c => c.ToString()).Distinct())
            {
                Add(index, key, new Citation(RecordKind.Deal.Name, deal.Title, deal.Url));
            }
        }

        return index;
    }

    private sealed class References(
        Dictionary<string, Company> companies,
        Dictionary<string, Cloud> clouds,
        Dictionary<string, Deal> deals,
        Dictionary<string, Source> sources,
        IReadOnlySet<string> unreadable,
        DiagnosticBag findings)
    {
        private DiagnosticBag diagnostics = findings;

        public void Validate(SiteContent content)
        {
            if (content.Config.Headline is { } headline)
            {
                Deal(headline);
            }

            foreach (var company in content.Companies)
            {
                Sources(company.Sources);
            }

            foreach (var cloud in content.Clouds)
            {
                if (Company(cloud.Operator) is { IsCloud: false } op)
                {
                    diagnostics.Error(Codes.OperatorNotCloud, cloud.Operator.Location,
                        $"'{op.Slug}' operates cloud '{cloud.Slug}' but does not have the role 'cloud'",
                        $"add 'cloud' to the roles in {RecordKind.Company.PathOf(op.Slug)}");
                }
            }

            foreach (var deal in content.Deals)
            {
                ValidateDeal(deal);
            }
        }

        /// <summary>The articles' references (and their reading order), into a bag of their own.</summary>
        public IReadOnlyList<Diagnostic> ValidateArticles(IReadOnlyList<Article> articles)
        {
            var all = diagnostics;
            diagnostics = new DiagnosticBag();
            ReadingOrder(articles);
            foreach (var article in articles)
            {
                foreach (var r in article.Companies)
                {
                    Company(r);
                }

                foreach (var r in article.Deals)
                {
                    Deal(r);
                }

                Sources(article.Sources);
                foreach (var block in article.Body.Blocks)
                {
                    Block(block);
                }
            }

            (var found, diagnostics) = (diagnostics.Items, all);
            return found;
        }

        private void ValidateDeal(Deal deal)
        {
            foreach (var party in deal.Parties)
            {
                Company(party);
            }

            Sources(deal.Sources);
            var listed = deal.Sources.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
            foreach (var cite in CitesOf(deal))
            {
                Cite(cite, deal, listed);
            }

            foreach (var access in deal.Access)
            {
                Lab(access.Lab);
                Cloud(access.Cloud);
            }

            if (deal.Announced is { } announced)
            {
                foreach (var cite in deal.AnnouncedSources)
                {
                    if (sources.TryGetValue(cite.Source.Slug, out var source) && source.Published < announced)
                    {
                        var when = deal.AnnouncedMonthOnly ? $"in {announced:yyyy-MM}" : $"on {announced:yyyy-MM-dd}";
                        diagnostics.Error(Codes.DatedAfterSource, cite.Location,
                            $"deal '{deal.Slug}' is announced {when}, but '{source.Id}', which states that date, was published on {source.Published:yyyy-MM-dd}",
                            "a source cannot report a deal made after it was published: check the deal's 'announced' and the source's 'published'");
                    }
                }
            }
        }

        /// <summary>A citation names an existing source that the deal lists and, when it names a claim, an existing claim.</summary>
        private void Cite(Cite cite, Deal deal, HashSet<string> listed)
        {
            if (!sources.TryGetValue(cite.Source.Slug, out var source))
            {
                Source(cite.Source);
                return;
            }

            // A misspelt entry of the list is reported already; what it was meant to name is not known.
            if (!listed.Contains(source.Id) && deal.Sources.All(s => sources.ContainsKey(s.Slug)))
            {
                diagnostics.Error(Codes.CitedSourceNotListed, cite.Location, $"deal '{deal.Slug}' cites '{source.Id}' but does not list it in 'sources'",
                    $"add {source.Id} to the deal's 'sources'");
            }

            if (cite.Claim is { } claim && source.ClaimById(claim) is null)
            {
                var ids = source.Claims.Select(c => c.Id).ToList();
                diagnostics.Error(Codes.UnknownClaim, cite.Location, $"source '{source.Id}' has no claim '{claim}'",
                    Suggest.DidYouMean(claim, ids) ?? (ids.Count == 0
                        ? $"{RecordKind.Source.PathOf(source.Id)} reports nothing yet: add the claim under 'reports'"
                        : $"its claims are: {string.Join(", ", ids)}"));
            }
        }

        private void ReadingOrder(IReadOnlyList<Article> articles)
        {
            foreach (var clash in articles.Where(a => a.Order is not null).GroupBy(a => a.Order).Where(g => g.Count() > 1))
            {
                foreach (var article in clash.OrderBy(a => a.Slug, StringComparer.Ordinal).Skip(1))
                {
                    diagnostics.Error(Codes.DuplicateValue, article.Location, $"article '{article.Slug}' has the reading order {article.Order}, as another article does",
                        $"give each article of the reading order its own number ({string.Join(", ", clash.Select(a => a.Slug).Order(StringComparer.Ordinal))} share {article.Order})");
                }
            }
        }

        private void Block(EmbeddedBlock block)
        {
            var argument = block.Arguments.Count > 0 ? new Ref(block.Arguments[0], block.Location) : null;
            switch (block.Kind)
            {
                case "compare":
                    Deal(argument!);
                    break;
                case "company":
                    Company(argument!);
                    break;
                case "matrix" when argument is not null:
                    Lab(argument);
                    break;
            }
        }

        private Company? Company(Ref r) => Resolve(r, companies, Codes.UnknownCompany, RecordKind.Company);

        private void Lab(Ref r)
        {
            if (Company(r) is { IsLab: false } company)
            {
                diagnostics.Error(Codes.AccessLabNotLab, r.Location, $"'{company.Slug}' is not a lab (its roles: {string.Join(", ", company.Roles)})",
                    $"name a company with the role 'lab', or add 'lab' to {RecordKind.Company.PathOf(company.Slug)}");
            }
        }

        private void Cloud(Ref r)
        {
            // "cloud: oracle" for "oracle-cloud": the name of a company instead of its cloud's slug.
            var operated = clouds.Values.Where(c => c.Operator.Slug == r.Slug).Select(c => $"'{c.Slug}'").Order(StringComparer.Ordinal).ToList();
            if (clouds.ContainsKey(r.Slug) || operated.Count == 0 || Suggest.Closest(r.Slug, clouds.Keys) is not null)
            {
                Resolve(r, clouds, Codes.UnknownCloud, RecordKind.Cloud);
                return;
            }

            diagnostics.Error(Codes.UnknownCloud, r.Location, $"unknown cloud '{r.Slug}'",
                $"did you mean {string.Join(" or ", operated)}? '{r.Slug}' is the company that operates {(operated.Count == 1 ? "it" : "them")}");
        }

        private void Deal(Ref r) => Resolve(r, deals, Codes.UnknownDeal, RecordKind.Deal);

        private void Source(Ref? r)
        {
            if (r is not null)
            {
                Resolve(r, sources, Codes.UnknownSource, RecordKind.Source);
            }
        }

        private void Sources(IEnumerable<Ref> refs)
        {
            foreach (var r in refs)
            {
                Source(r);
            }
        }

        private T? Resolve<T>(Ref r, Dictionary<string, T> known, string code, RecordKind kind) where T : class
        {
            if (known.TryGetValue(r.Slug, out var found))
            {
                return found;
            }

            if (unreadable.Contains(kind.PathOf(r.Slug)))
            {
                return null;
            }

            var hint = Suggest.DidYouMean(r.Slug, known.Keys) ?? $"add {kind.PathOf(r.Slug)} or use an existing {kind.Name}";
            diagnostics.Error(code, r.Location, $"unknown {kind.Name} '{r.Slug}'", hint);
            return null;
        }
    }
}
