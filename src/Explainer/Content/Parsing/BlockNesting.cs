using Markdig.Parsers;
using Markdig.Syntax;

namespace Explainer.Content.Parsing;

/// <summary>
/// Stops parsing where quotes, lists or containers nest deeper than <see cref="Limit"/>, and says where. Markdig would
/// open every level first (quadratic in the depth) and only then fail, with no position, at its limit of 128.
/// Tried before every parser that opens a container.
/// </summary>
internal sealed class BlockNesting : BlockParser
{
    public const int Limit = 100;

    public BlockNesting() => OpeningCharacters = ['>', '-', '*', '+', ':', '[', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var depth = 0;
        for (Block? block = processor.CurrentContainer; block is not null; block = block.Parent)
        {
            if (++depth > Limit)
            {
                throw new TooDeep(processor.LineIndex, processor.Column);
            }
        }

        return BlockState.None;
    }

    /// <summary>Thrown out of Markdig's parser, which has no other way to stop.</summary>
    public sealed class TooDeep(int line, int column) : Exception($"quotes, lists or blocks are nested more than {Limit} deep")
    {
        /// <summary>Zero-based, as Markdig counts.</summary>
        public int Line { get; } = line;

        /// <summary>Zero-based.</summary>
        public int Column { get; } = column;
    }
}
