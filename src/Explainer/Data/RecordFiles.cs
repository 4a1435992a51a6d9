using Explainer.Model;

namespace Explainer.Data;

/// <summary>What the files of each <see cref="RecordKind"/> hold: the keys their reader accepts (which
/// <see cref="JsonSchemas"/> also turns into the editors' schemas) and the skeleton <c>explainer new</c> writes.
/// Every value a writer must fill in starts with TODO, which the build refuses (a draft article excepted), so an
/// unedited skeleton never publishes plausible but false data such as a real company as a deal's party.</summary>
public sealed record RecordFiles(RecordKind Kind, IReadOnlyList<Key> Keys, Func<string, string, string> Skeleton)
{
    public static readonly IReadOnlyList<RecordFiles> All =
    [
        new(RecordKind.Article, ArticleReader.Keys, (title, today) =>
            $"---\ntitle: \"{title}\"\nsummary: \"TODO: one or two sentences for cards, the feed and search results.\"\ndate: {today}\ndraft: true   # remove this line to publish\ncompanies: []\ndeals: []\ntags: []\nsources: []\n---\n\nTODO: write the article here, in place of this line. Embed data with `::: compare <deal>`, `::: matrix`, `::: matrix <lab>` or `::: company <company>`, each closed by a line `:::`.\n"),
        new(RecordKind.Company, RecordReaders.CompanyKeys, (title, _) =>
            $"name: \"{title}\"\nroles: [lab]            # one or more of: lab, cloud, investor, chips, product\nsummary: \"TODO: one or two sentences, in our own words.\"\n# website: https://example.com\nsources: []\n"),
        new(RecordKind.Cloud, RecordReaders.CloudKeys, (title, _) =>
            $"name: \"{title}\"\noperator: TODO   # the slug of the company that runs this cloud; its roles include cloud\n"),
        new(RecordKind.Deal, RecordReaders.DealKeys, (title, _) =>
            $"title: \"{title}\"\nparties: [TODO-first-party, TODO-second-party]   # two or more company slugs\n# announced: YYYY-MM-DD   # only when a source gives the date\nsummary: \"TODO: what the deal changes, in one or two sentences.\"\nsources: []\nterms: []\naccess: []\n"),
        new(RecordKind.Source, RecordReaders.SourceKeys, (title, _) =>
            $"title: \"{title}\"\npublisher: \"TODO: the publisher's name\"\n# published: YYYY-MM-DD   # only when the source states it\n# url: https://...\nreports:\n  - \"TODO: one claim the source makes, in our own words.\"\n"),
    ];

    public static RecordFiles Of(RecordKind kind) => All.Single(r => r.Kind == kind);
}
