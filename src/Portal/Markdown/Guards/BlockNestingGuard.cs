using Markdig.Parsers;
using Markdig.Syntax;

namespace Portal.Markdown.Guards;

/// <summary>
/// Tried first wherever a list or a quote could open: stops the parse when the containers already open around the
/// line are more than <paramref name="maxDepth"/>; otherwise opens nothing and lets Markdig's own parsers go on.
/// </summary>
public sealed class BlockNestingGuard : BlockParser
{
    private readonly int _maxDepth;

    public BlockNestingGuard(int maxDepth)
    {
        _maxDepth = maxDepth;
        OpeningCharacters = ['-', '*', '+', '>', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var depth = 0;
        for (Block? block = processor.CurrentContainer; block is not null; block = block.Parent)
        {
            if (++depth > _maxDepth)
            {
                throw new MarkdownLimitException(
                    DiagnosticCodes.TooDeeplyNested,
                    processor.LineIndex,
                    $"lists and quotes are nested more than {_maxDepth / 2} levels deep here, too deep to be shown; write it with fewer levels inside one another");
            }
        }

        return BlockState.None;
    }
}
