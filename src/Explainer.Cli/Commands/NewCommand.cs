using System.CommandLine;
using System.Globalization;
using Explainer.Data;

namespace Explainer.Cli.Commands;

/// <summary><c>explainer new KIND NAME</c>: writes a skeleton whose placeholders the build refuses until they are filled in, prints its path, never overwrites.</summary>
internal static class NewCommand
{
    private static readonly string[] Kinds = ["article", "company", "cloud", "deal", "source"];

    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = "article, company, cloud, deal or source" };
        kind.AcceptOnlyFromAmong(Kinds);
        var name = new Argument<string>("name") { Description = "The slug: lower-case letters, digits and hyphens" };
        var root = new Option<string>("--root") { Description = "The folder holding input/ and seeds/", DefaultValueFactory = _ => "." };
        var command = new Command("new", "Write a new article or record skeleton in the right folder") { kind, name, root };
        command.SetAction(result => Run(result.GetValue(kind)!, result.GetValue(name)!, result.GetValue(root)!));
        return command;
    }

    public static int Run(string kind, string name, string root)
    {
        if (!Slugs.IsValid(name))
        {
            Console.Error.WriteLine($"error: '{name}' is not a valid slug: use lower-case letters, digits and single hyphens, such as 'my-{kind}'");
            return ExitCodes.Usage;
        }

        var relative = kind switch
        {
            "article" => $"input/articles/{name}.md",
            "company" => $"input/data/companies/{name}.yml",
            "cloud" => $"input/data/clouds/{name}.yml",
            "deal" => $"input/data/deals/{name}.yml",
            _ => $"seeds/{name}.yml",
        };
        var path = Path.Combine(root, relative);
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"error: {relative} already exists; nothing was written");
            return ExitCodes.Content;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Skeleton(kind, name));
        Console.WriteLine(relative);
        return ExitCodes.Success;
    }

    /// <summary>Every value a writer must fill in starts with TODO, which the build refuses (a draft article excepted),
    /// so an unedited skeleton never publishes plausible but false data such as a real company as a deal's party.</summary>
    private static string Skeleton(string kind, string name)
    {
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Replace('-', ' '));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return kind switch
        {
            "article" => $"---\ntitle: \"{title}\"\nsummary: \"TODO: one or two sentences for cards, the feed and search results.\"\ndate: {today}\ndraft: true   # remove this line to publish\ncompanies: []\ndeals: []\ntags: []\nsources: []\n---\n\nTODO: write the article here, in place of this line. Embed data with `::: compare <deal>`, `::: matrix`, `::: matrix <lab>` or `::: company <company>`, each closed by a line `:::`.\n",
            "company" => $"name: \"{title}\"\nroles: [lab]            # one or more of: lab, cloud, investor, chips, product\nsummary: \"TODO: one or two sentences, in our own words.\"\n# website: https://example.com\nsources: []\n",
            "cloud" => $"name: \"{title}\"\noperator: TODO   # the slug of the company that runs this cloud; its roles include cloud\n",
            "deal" => $"title: \"{title}\"\nparties: [TODO-first-party, TODO-second-party]   # two or more company slugs\n# announced: YYYY-MM-DD   # only when a source gives the date\nsummary: \"TODO: what the deal changes, in one or two sentences.\"\nsources: []\nterms: []\naccess: []\n",
            _ => $"title: \"{title}\"\npublisher: \"TODO: the publisher's name\"\n# published: YYYY-MM-DD   # only when the source states it\n# url: https://...\nreports:\n  - \"TODO: one claim the source makes, in our own words.\"\n",
        };
    }
}
