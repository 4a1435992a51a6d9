using System.CommandLine;
using System.Globalization;
using Explainer.Data;
using Explainer.Model;

namespace Explainer.Cli.Commands;

/// <summary><c>explainer new KIND NAME</c>: writes a skeleton whose placeholders the build refuses until they are filled in, prints its path, never overwrites.</summary>
internal static class NewCommand
{

    public static Command Create()
    {
        var names = RecordKind.All.Select(k => k.Name).ToArray();
        var kind = new Argument<string>("kind") { Description = string.Join(", ", names[..^1]) + " or " + names[^1] };
        kind.AcceptOnlyFromAmong(names);
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

        var files = RecordFiles.All.Single(r => r.Kind.Name == kind);
        var relative = files.Kind.PathOf(name);
        var path = Path.Combine(root, relative);
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"error: {relative} already exists; nothing was written");
            return ExitCodes.Content;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Skeleton(files, name));
        Console.WriteLine(relative);
        return ExitCodes.Success;
    }

    private static string Skeleton(RecordFiles files, string name)
    {
        var title = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Replace('-', ' '));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return files.Skeleton(title, today);
    }
}
