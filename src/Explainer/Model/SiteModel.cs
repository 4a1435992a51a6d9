using Explainer.Content;
using Explainer.Data;
using Explainer.Diagnostics;

namespace Explainer.Model;

/// <summary>Checks every cross-reference of the content (with "did you mean"), then builds the
/// <see cref="Site"/> and its indexes once.</summary>
public static class SiteModel
{
    public static Site Build(SiteContent content, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var companies = content.Companies.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var clouds = content.Clouds.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        var deals = content.Deals.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var sources = content.Sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var check = new References(companies, clouds, deals, sources, content.Unreadable, diagnostics);
        check.Validate(content);

        var articles = content.Articles
            .Where(a => includeDrafts || !a.Draft)
            .OrderByDescending(a => a.Date).ThenBy(a => a.Slug, StringComparer.Ordinal)
            .ToList();
        var orderedDeals = content.Deals
            .OrderByDescending(d => d.Announced ?? DateOnly.MinValue).ThenBy(d => d.Slug, StringComparer.Ordinal)
            .ToList();
        var labs = content.Companies.Where(c => c.IsLab).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var cloudList = content.Clouds.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

        return new Site
        {
            Config = content.Config,
            Articles = articles,
            Companies = content.Companies.OrderBy(c => c.Name, StringComparer.Ordinal).ToList(),
            Clouds = cloudList,
            Deals = orderedDeals,
            Sources = content.Sources,
            Matrix = Matrix.Build(labs, cloudList, content.Deals),
            CompanyBySlug = companies,
            CloudBySlug = clouds,
            DealBySlug = deals,
            SourceById = sources,
            ArticleBySlug = articles.ToDictionary(a => a.Slug, StringComparer.Ordinal),
            ArticlesByCompany = Index(articles, a => a.Companies.Select(r => r.Slug)),
            ArticlesByDeal = Index(articles, a => a.Deals.Select(r => r.Slug)),
            ArticlesByTag = Index(articles, a => a.Tags),
            DealsByCompany = Index(orderedDeals, d => d.Parties.Select(r => r.Slug)),
            CloudsByOperator = Index(cloudList, c => [c.Operator.Slug]),
            CitationsBySource = Citations(articles, content),
            Tags = articles.SelectMany(a => a.Tags).Distinct().Order(StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>key -> items, each list in the order of <paramref name="items"/>.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Index<T>(IEnumerable<T> items, Func<T, IEnumerable<string>> keys)
    {
        var index = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var key in keys(item).Distinct())
            {
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                list.Add(item);
            }
        }

        return index.ToDictionary(p => p.Key, p => (IReadOnlyList<T>)p.Value, StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<Citation>> Citations(IReadOnlyList<Article> articles, SiteContent content)
    {
        var entries = new List<(string Source, Citation Citation)>();
        foreach (var company in content.Companies)
        {
            entries.AddRange(company.Sources.Select(s => (s.Slug, new Citation("company", company.Name, company.Url))));
        }

        foreach (var deal in content.Deals)
        {
            var cited = deal.Sources.Select(s => s.Slug)
                .Concat(deal.Terms.Select(t => t.Source?.Slug))
                .Concat(deal.Access.Select(a => a.Source?.Slug))
                .OfType<string>()
                .Distinct();
            entries.AddRange(cited.Select(s => (s, new Citation("deal", deal.Title, deal.Url))));
        }

        foreach (var article in articles)
        {
            entries.AddRange(article.Sources.Select(s => (s.Slug, new Citation("article", article.Title, article.Url))));
        }

        return Index(entries, e => [e.Source])
            .ToDictionary(p => p.Key, p => (IReadOnlyList<Citation>)p.Value.Select(e => e.Citation).ToList(), StringComparer.Ordinal);
    }

    private sealed class References(
        Dictionary<string, Company> companies,
        Dictionary<string, Cloud> clouds,
        Dictionary<string, Deal> deals,
        Dictionary<string, Source> sources,
        IReadOnlySet<string> unreadable,
        DiagnosticBag diagnostics)
    {
        public void Validate(SiteContent content)
        {
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
                        $"add 'cloud' to the roles in input/data/companies/{op.Slug}.yml");
                }
            }

            foreach (var deal in content.Deals)
            {
                ValidateDeal(deal);
            }

            foreach (var article in content.Articles)
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
        }

        private void ValidateDeal(Deal deal)
        {
            foreach (var party in deal.Parties)
            {
                Company(party);
            }

            Sources(deal.Sources);
            foreach (var term in deal.Terms)
            {
                Source(term.Source);
            }

            foreach (var access in deal.Access)
            {
                Lab(access.Lab);
                Cloud(access.Cloud);
                Source(access.Source);
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

        private Company? Company(Ref r) => Resolve(r, companies, Codes.UnknownCompany, "company", "input/data/companies/");

        private void Lab(Ref r)
        {
            if (Company(r) is { IsLab: false } company)
            {
                diagnostics.Error(Codes.AccessLabNotLab, r.Location, $"'{company.Slug}' is not a lab (its roles: {string.Join(", ", company.Roles)})",
                    $"name a company with the role 'lab', or add 'lab' to input/data/companies/{company.Slug}.yml");
            }
        }

        private void Cloud(Ref r)
        {
            // "cloud: oracle" for "oracle-cloud": the name of a company instead of its cloud's slug.
            var operated = clouds.Values.Where(c => c.Operator.Slug == r.Slug).Select(c => $"'{c.Slug}'").Order(StringComparer.Ordinal).ToList();
            if (clouds.ContainsKey(r.Slug) || operated.Count == 0 || Suggest.Closest(r.Slug, clouds.Keys) is not null)
            {
                Resolve(r, clouds, Codes.UnknownCloud, "cloud", "input/data/clouds/");
                return;
            }

            diagnostics.Error(Codes.UnknownCloud, r.Location, $"unknown cloud '{r.Slug}'",
                $"did you mean {string.Join(" or ", operated)}? '{r.Slug}' is the company that operates {(operated.Count == 1 ? "it" : "them")}");
        }

        private void Deal(Ref r) => Resolve(r, deals, Codes.UnknownDeal, "deal", "input/data/deals/");

        private void Source(Ref? r)
        {
            if (r is not null)
            {
                Resolve(r, sources, Codes.UnknownSource, "source", "seeds/");
            }
        }

        private void Sources(IEnumerable<Ref> refs)
        {
            foreach (var r in refs)
            {
                Source(r);
            }
        }

        private T? Resolve<T>(Ref r, Dictionary<string, T> known, string code, string what, string folder) where T : class
        {
            if (known.TryGetValue(r.Slug, out var found))
            {
                return found;
            }

            if (unreadable.Contains($"{folder}{r.Slug}.yml"))
            {
                return null;
            }

            var hint = Suggest.DidYouMean(r.Slug, known.Keys) ?? $"add {folder}{r.Slug}.yml or use an existing {what}";
            diagnostics.Error(code, r.Location, $"unknown {what} '{r.Slug}'", hint);
            return null;
        }
    }
}
