using Explainer.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Explainer.Content;

/// <summary>Finds the <c>:::</c> data blocks of a document and checks their kind and argument count.
/// Whether the slugs exist is checked later, when the whole site is known.</summary>
internal static class EmbeddedBlocks
{
    public static IReadOnlyDictionary<CustomContainer, EmbeddedBlock> Collect(
        IReadOnlyList<CustomContainer> containers, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<CustomContainer, EmbeddedBlock>();
        foreach (var container in containers)
        {
            var kind = container.Info ?? "";
            var arguments = (container.Arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var location = at(container);
            if (!EmbeddedBlock.Kinds.Contains(kind))
            {
                diagnostics.Error(Codes.UnknownBlock, location, $"unknown data block '{kind}'",
                    Suggest.Hint(kind, EmbeddedBlock.Kinds, "blocks are '::: compare <deal>', '::: matrix', '::: matrix <lab>', '::: timeline' and '::: company <company>'"));
                continue;
            }

            var (min, max) = kind switch { "matrix" => (0, 1), "timeline" => (0, 0), _ => (1, 1) };
            if (arguments.Length < min || arguments.Length > max)
            {
                diagnostics.Error(Codes.BlockArguments, location,
                    $"the '{kind}' block takes {(min == max ? $"exactly {min}" : $"{min} or {max}")} slug{(max == 1 ? "" : "s")}, not {arguments.Length}",
                    kind switch
                    {
                        "compare" => "write '::: compare <deal-slug>'",
                        "company" => "write '::: company <company-slug>'",
                        "timeline" => "write '::: timeline' on its own: it shows every deal",
                        _ => "write '::: matrix' for the whole matrix or '::: matrix <lab-slug>' for one row",
                    });
                continue;
            }

            result[container] = new EmbeddedBlock(kind, arguments, location, result.Count);
        }

        return result;
    }
}
