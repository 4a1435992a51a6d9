using System.Globalization;
using Explainer.Model;
using Explainer.Output;

namespace Explainer.Cards;

/// <summary>The sharing cards of a site: one per deal (<c>/deals/&lt;slug&gt;/card.png</c>) and one for every other
/// page (<c>/card.png</c>). They are painted in parallel, while the pages render.</summary>
public static class SiteCards
{
    public const string SiteCardUrl = "/card.png";

    public static string DealCardUrl(Deal deal) => deal.Url + "card.png";

    public static void Paint(Site site, CardFonts fonts, OutputSet output) => Paint(site, text => CardPainter.Paint(fonts, text), output);

    /// <summary>The cards, each from <paramref name="paint"/> (which may keep cards from an earlier build,
    /// <see cref="CardCache"/>); one card per core at a time, so painting never takes every thread of the pool.</summary>
    public static void Paint(Site site, Func<CardText, byte[]> paint, OutputSet output)
    {
        output.Add(SiteCardUrl.TrimStart('/'), paint(ForSite(site)), "input/site.yml");
        Parallel.ForEach(site.Deals, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, deal =>
            output.Add(DealCardUrl(deal).TrimStart('/'), paint(ForDeal(site, deal)), deal.Location.Path));
    }

    public static CardText ForDeal(Site site, Deal deal)
    {
        var eyebrow = deal.Kind is { } kind ? $"{site.Config.Title} · {char.ToUpperInvariant(kind[0])}{kind[1..]} deal" : $"{site.Config.Title} · Deal";
        var parties = string.Join(" · ", deal.Parties.Select(p => site.CompanyBySlug.TryGetValue(p.Slug, out var c) ? c.Name : p.Slug));
        var date = deal.Announced is not { } announced ? "Date not given by the sources"
            : "Announced " + announced.ToString(deal.AnnouncedMonthOnly ? "MMMM yyyy" : "d MMMM yyyy", CultureInfo.InvariantCulture);
        var badges = TermChanges.Names
            .Select(name => (Name: name, Count: deal.Terms.Count(t => t.Change.Name() == name)))
            .Where(c => c.Count > 0)
            .Select(c => ($"{c.Count.ToString(CultureInfo.InvariantCulture)} {c.Name}", c.Name))
            .ToList();
        return new CardText(eyebrow, deal.Title, [parties, date], badges);
    }

    public static CardText ForSite(Site site)
    {
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{site.Deals.Count} deals · {site.Companies.Count} companies · {site.Sources.Count} sources");
        return new CardText(site.Config.Title, site.Config.Description.Length > 0 ? site.Config.Description : site.Config.Title, [counts], []);
    }
}
