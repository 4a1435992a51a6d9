using System.CommandLine;
using Explainer.Data;
using Explainer.Sources;

namespace Explainer.Cli.Commands;

/// <summary><c>explainer schema</c>: writes the JSON Schemas of the content files for editors and CI.</summary>
internal static class SchemaCommand
{
    /// <summary>Where the schemas go unless <c>--out</c> says otherwise; <c>.vscode/settings.json</c> points here.</summary>
    public const string DefaultFolder = ".vscode/schemas";

    public static Command Create()
    {
        var root = new Option<string>("--root") { Description = "The folder holding input/ and seeds/", DefaultValueFactory = _ => "." };
        var output = new Option<string?>("--out") { Description = $"Where to write the schemas (default: <root>/{DefaultFolder})" };
        var command = new Command("schema",
            "Write JSON Schemas for site.yml, article front matter, companies, clouds, deals and sources, with the slugs that exist now")
        {
            root, output,
        };
        command.SetAction(result => Run(result.GetValue(root)!, result.GetValue(output)));
        return command;
    }

    public static int Run(string root, string? folder)
    {
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"error: the root folder '{root}' does not exist");
            return ExitCodes.Usage;
        }

        folder ??= Path.Combine(root, DefaultFolder);
        var input = SiteReader.Read(root, null, new BuildOptions());
        try
        {
            var written = Update(folder, input.Files.Select(f => f.Path));
            Console.WriteLine($"schema: {JsonSchemas.All.Count} schemas in {folder} ({written} changed)");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: the schemas could not be written to {folder}: {e.Message}");
            return ExitCodes.Content;
        }
    }

    /// <summary>Writes the schemas whose bytes differ from what <paramref name="folder"/> holds; returns how many.</summary>
    public static int Update(string folder, IEnumerable<string> paths)
    {
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var (name, json) in JsonSchemas.Write(paths))
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(json))
            {
                // Written beside and moved into place, so an editor never reads half a schema.
                var temporary = path + ".tmp";
                File.WriteAllBytes(temporary, json);
                File.Move(temporary, path, overwrite: true);
                written++;
            }
        }

        return written;
    }
}
