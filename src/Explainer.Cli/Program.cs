using System.CommandLine;
using Explainer.Cli.Commands;
using Explainer.Cli.Serve;

namespace Explainer.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("Explainer: builds the explainer site from input/, seeds/ and theme/.")
        {
            BuildCommand.Create(check: false),
            BuildCommand.Create(check: true),
            NewCommand.Create(),
            SchemaCommand.Create(),
            ServeCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"error: {error.Message}");
            }

            foreach (var token in parsed.UnmatchedTokens)
            {
                // "--ouput": the closest option or command of the command being run.
                var command = parsed.CommandResult.Command;
                var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(command.Subcommands.Select(c => c.Name));
                if (Diagnostics.Suggest.DidYouMean(token, names) is { } guess)
                {
                    Console.Error.WriteLine($"  hint: {token}: {guess}");
                }
            }

            Console.Error.WriteLine("Run 'explainer --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Content problems are diagnostics; reaching here is a bug in Explainer or an I/O failure.
            Console.Error.WriteLine($"error: Explainer stopped unexpectedly: {e}");
            return ExitCodes.Content;
        }
    }
}
