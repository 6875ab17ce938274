using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace Portal.Markdown.Guards;

/// <summary>
/// Tried first at every character that can open an emphasis or a link (the containers Markdig keeps open): now and then (the walk costs what Markdig's
/// own walk costs) it counts the open containers Markdig walks down for each new piece of text, and stops the parse
/// when they are more than <paramref name="maxDepth"/>. It never matches, so Markdig's own parsers go on.
/// </summary>
public sealed class InlineNestingGuard : InlineParser
{
    /// <summary>Counting at every 16th opener keeps the guard's own cost linear and stops within 16 openers of the limit.</summary>
    private const int Stride = 16;

    private readonly int _maxDepth;

    public InlineNestingGuard(int maxDepth)
    {
        _maxDepth = maxDepth;
        OpeningCharacters = ['[', '!', '*', '_'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var calls = processor.GetParserState<Calls>(this);
        if (++calls.Count % Stride != 0)
        {
            return false;
        }

        var depth = 0;
        for (var container = processor.Root; container?.LastChild is ContainerInline { IsClosed: false } open; container = open)
        {
            if (++depth > _maxDepth)
            {
                processor.GetSourcePosition(slice.Start, out var line, out _);
                throw new MarkdownLimitException(
                    DiagnosticCodes.TooDeeplyNested,
                    line,
                    $"more than {_maxDepth} emphasis marks or brackets (* _ [) are left open in this paragraph, too many to be shown; close them, or write them as \\* \\_ \\[");
            }
        }

        return false;
    }

    /// <summary>Per leaf block: how often the guard was tried.</summary>
    private sealed class Calls
    {
        public int Count { get; set; }
    }
}
