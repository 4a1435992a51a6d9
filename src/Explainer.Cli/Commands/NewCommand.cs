using System.CommandLine;
using System.Globalization;
using Explainer.Data;

namespace Explainer.Cli.Commands;

/// <summary><c>explainer new KIND NAME</c>: writes a skeleton that builds as it is, prints its path, never overwrites.</summary>
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
        File.WriteAllText(path, Skeleton(kind, name, root));
        Console.WriteLine(relative);
        return ExitCodes.Success;
    }

    private static string Skeleton(string kind, string name, string root)
    {
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Replace('-', ' '));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var companies = CompanySlugs(Path.Combine(root, "input/data/companies"));
        return kind switch
        {
            "article" => $"---\ntitle: \"{title}\"\nsummary: \"One or two sentences for cards, the feed and search results.\"\ndate: {today}\ncompanies: []\ndeals: []\ntags: []\nsources: []\n---\n\nWrite the article here. Embed data with `::: compare <deal>`, `::: matrix`, `::: matrix <lab>` or `::: company <company>`, each closed by a line `:::`.\n",
            "company" => $"name: \"{title}\"\nroles: [lab]            # one or more of: lab, cloud, investor, chips, product\nsummary: \"One or two sentences, in our own words.\"\n# website: https://example.com\nsources: []\n",
            "cloud" => $"name: \"{title}\"\noperator: {FirstWithRole(root, companies, "cloud") ?? "CHANGE-ME"}   # a company slug whose roles include cloud\n",
            "deal" => $"title: \"{title}\"\nparties: [{string.Join(", ", companies.Take(2).DefaultIfEmpty("CHANGE-ME").Concat(companies.Count < 2 ? ["CHANGE-ME-TOO"] : []).Take(2))}]\n# announced: YYYY-MM-DD   # only when a source gives the date\nsummary: \"What the deal changes, in one or two sentences.\"\nsources: []\nterms: []\naccess: []\n",
            _ => $"title: \"{title}\"\npublisher: \"Publisher name\"\n# published: YYYY-MM-DD   # only when the source states it\n# url: https://...\nreports:\n  - \"One claim the source makes, in our own words.\"\n",
        };
    }

    private static List<string> CompanySlugs(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    private static string? FirstWithRole(string root, IEnumerable<string> companies, string role) =>
        companies.FirstOrDefault(slug =>
            File.ReadLines(Path.Combine(root, "input/data/companies", slug + ".yml")).Any(line => line.StartsWith("roles:", StringComparison.Ordinal) && line.Contains(role, StringComparison.Ordinal)));
}
