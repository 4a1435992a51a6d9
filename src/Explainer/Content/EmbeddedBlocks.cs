using Explainer.Diagnostics;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Explainer.Content;

/// <summary>Finds the <c>:::</c> data blocks of a document and checks their kind and argument count.
/// Whether the slugs exist is checked later, when the whole site is known.</summary>
internal static class EmbeddedBlocks
{
    /// <param name="markdown">The body, to find a mistyped <c>::</c> opening line above a bare <c>:::</c>.</param>
    public static IReadOnlyDictionary<CustomContainer, EmbeddedBlock> Collect(
        IReadOnlyList<CustomContainer> containers, string markdown, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<CustomContainer, EmbeddedBlock>();
        foreach (var container in containers)
        {
            var kind = container.Info ?? "";
            var arguments = (container.Arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var location = at(container);
            if (kind.Length == 0 && MistypedOpening(markdown, container.Line) is { } mistyped)
            {
                // "::: compare x" typed as ":: compare x": the next ':::' line, meant to close it, opened an empty block.
                var line = location.Line - (container.Line - mistyped.Line);
                diagnostics.Error(Codes.UnknownBlock, location with { Line = line, Column = mistyped.Column },
                    $"'{mistyped.Text}' starts with two colons, so it is not a data block", $"write three colons: ':{mistyped.Text}'");
                continue;
            }

            if (container.ClosingFencedCharCount == 0)
            {
                var what = kind.Length == 0 ? "a ':::' line opens a block that is never closed" : $"the '::: {kind}' block is never closed";
                if (MistypedClosing(markdown, container.Line) is { } closing)
                {
                    diagnostics.Error(Codes.BlockNotClosed, location with { Line = location.Line + closing.Line - container.Line, Column = closing.Column },
                        $"'::' closes nothing, so {what}", "write three colons: ':::'");
                }
                else
                {
                    diagnostics.Error(Codes.BlockNotClosed, location, what,
                        "close it with a line ':::' right after the opening line; without it everything below would vanish from the page");
                }
            }

            if (!EmbeddedBlock.Kinds.Contains(kind))
            {
                diagnostics.Error(Codes.UnknownBlock, location, $"unknown data block '{kind}'",
                    Suggest.Hint(kind, EmbeddedBlock.Kinds, "blocks are '::: compare <deal>', '::: matrix', '::: matrix <lab>' and '::: company <company>'"));
                continue;
            }

            var (min, max) = kind == "matrix" ? (0, 1) : (1, 1);
            if (arguments.Length < min || arguments.Length > max)
            {
                diagnostics.Error(Codes.BlockArguments, location,
                    $"the '{kind}' block takes {(min == max ? $"exactly {min}" : $"{min} or {max}")} slug{(max > 1 ? "s" : "")}, not {arguments.Length}",
                    kind switch
                    {
                        "compare" => "write '::: compare <deal-slug>'",
                        "company" => "write '::: company <company-slug>'",
                        _ => "write '::: matrix' for the whole matrix or '::: matrix <lab-slug>' for one row",
                    });
                continue;
            }

            result[container] = new EmbeddedBlock(kind, arguments, location, result.Count);
        }

        return result;
    }

    /// <summary>The first line below the opening <paramref name="line"/> (0-based) that reads '::', meant to close the block.</summary>
    private static (int Line, int Column)? MistypedClosing(string markdown, int line)
    {
        var lines = markdown.Split('\n');
        for (var i = line + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "::")
            {
                return (i, lines[i].IndexOf(':') + 1);
            }
        }

        return null;
    }

    /// <summary>The nearest non-blank line above <paramref name="line"/> (0-based) when it starts with exactly two colons.</summary>
    private static (int Line, int Column, string Text)? MistypedOpening(string markdown, int line)
    {
        var lines = markdown.Split('\n', line + 1);
        for (var i = Math.Min(line, lines.Length) - 1; i >= 0; i--)
        {
            var text = lines[i].TrimEnd();
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var trimmed = text.TrimStart();
            return trimmed.StartsWith("::", StringComparison.Ordinal) && !trimmed.StartsWith(":::", StringComparison.Ordinal)
                ? (i, text.Length - trimmed.Length + 1, trimmed)
                : null;
        }

        return null;
    }
}
