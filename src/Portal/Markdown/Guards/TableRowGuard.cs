using Markdig.Helpers;
using Markdig.Parsers;

namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig's pipe tables take the square of a row's cells to build the row (a row of 500,000 cells took minutes).
/// Tried first at every <c>|</c>: it counts the pipes on the line and stops the parse at more than a row of
/// <paramref name="maxColumns"/> columns has (one more, with a pipe at each end). It never matches, so Markdig's own
/// parsers go on.
/// </summary>
public sealed class TableRowGuard : InlineParser
{
    private readonly int _maxColumns;

    public TableRowGuard(int maxColumns)
    {
        _maxColumns = maxColumns;
        OpeningCharacters = ['|'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var line = processor.GetParserState<LinePipes>(this);
        var at = slice.Start;
        if (line.LastPipe < 0 || at < line.LastPipe || slice.Text.AsSpan(line.LastPipe + 1, at - line.LastPipe - 1).Contains('\n'))
        {
            line.Pipes = 0;
        }

        line.LastPipe = at;
        if (++line.Pipes > _maxColumns + 1)
        {
            processor.GetSourcePosition(at, out var number, out _);
            throw new MarkdownLimitException(
                DiagnosticCodes.TableLimit,
                number,
                $"this table row has more columns than the limit of {_maxColumns}; split the table, or raise limits.tableColumns in site.yml");
        }

        return false;
    }

    /// <summary>Per leaf block: where the last '|' was, and how many the line has had.</summary>
    private sealed class LinePipes
    {
        public int LastPipe { get; set; } = -1;

        public int Pipes { get; set; }
    }
}
