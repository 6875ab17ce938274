using Markdig.Helpers;
using Markdig.Parsers;
using Portal.Diagnostics;

namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig's pipe tables take the square of a row's cells to build the row (a row of 500,000 cells took minutes).
/// Tried first at every <c>|</c>: it counts the cells on the line and stops the parse at more than
/// <paramref name="maxCells"/>, the limit of a table's columns. It never matches, so Markdig's own parsers go on.
/// </summary>
public sealed class TableRowGuard : InlineParser
{
    private readonly int _maxCells;

    public TableRowGuard(int maxCells)
    {
        _maxCells = maxCells;
        OpeningCharacters = ['|'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var line = processor.GetParserState<LineCells>(this);
        var at = slice.Start;
        if (line.LastPipe < 0 || at < line.LastPipe || slice.Text.AsSpan(line.LastPipe + 1, at - line.LastPipe - 1).Contains('\n'))
        {
            line.Cells = 0;
        }

        line.LastPipe = at;
        if (++line.Cells > _maxCells)
        {
            processor.GetSourcePosition(at, out var number, out _);
            throw new MarkdownLimitException(
                DiagnosticCodes.TableLimit,
                number,
                $"this line has more than {_maxCells} table cells ('|'), more than the limit of a table's columns; split the table, or raise limits.tableColumns in site.yml");
        }

        return false;
    }

    /// <summary>Per leaf block: where the last '|' was, and how many the line has had.</summary>
    private sealed class LineCells
    {
        public int LastPipe { get; set; } = -1;

        public int Cells { get; set; }
    }
}
