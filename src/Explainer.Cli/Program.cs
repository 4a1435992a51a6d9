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
