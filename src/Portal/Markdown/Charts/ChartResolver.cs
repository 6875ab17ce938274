using System.Globalization;
using Markdig.Syntax;
using Portal.Charts;
using Portal.Data;
using Portal.Markdown.DataTables;
using Portal.Templates;

namespace Portal.Markdown.Charts;

/// <summary>
/// Reads each <c>chart</c> block: its data file, its kind (<c>bars</c> or <c>shares</c>), and the columns to draw
/// (<c>series</c>; by default every column of numbers). The first column names the categories.
/// </summary>
public static class ChartResolver
{
    public const string InfoString = "chart";
    private static readonly string[] Keys = ["source", "caption", "type", "series"];

    /// <param name="maxValues">The most values one chart may draw (rows × series): a chart is drawn as SVG in the page, and its
    /// description lists every value, so a chart of 100,000 rows would make a page no browser or screen reader can use.</param>
    /// <param name="draw">Draws a chart's figure through the theme, in the text's language.</param>
    public static void Resolve(MarkdownDocument document, ContentText text, IReadOnlyDictionary<string, DataTable?> tables, int maxValues, DiagnosticBag diagnostics, Func<ChartFigure, TrustedHtml> draw)
    {
        foreach (var block in document.Descendants<FencedCodeBlock>().Where(b => b.Info == InfoString))
        {
            var read = DataBlock.Read(block, text, tables, Keys, diagnostics);
            var kind = read?.Keys.OptionalEnum<ChartKind>("type") ?? ChartKind.Bars;
            if (read?.Table is not { } table)
            {
                // Nothing to draw; the block's problems are reported. Taken without a chart, it does not print as code.
                ChartBlockRenderer.Take(block, null);
                continue;
            }

            var columns = Columns(read, table, diagnostics);
            if ((long)columns.Count * table.Rows.Count > maxValues)
            {
                diagnostics.Error(
                    DiagnosticCodes.TableLimit,
                    MarkdownSource.LocationOf(text, block),
                    $"the chart would draw {columns.Count * table.Rows.Count} values ({table.Rows.Count} rows × {columns.Count} series), more than the limit of {maxValues}; draw fewer series or a shorter table, or raise limits.chartValues in site.yml");
                ChartBlockRenderer.Take(block, null);
                continue;
            }

            var culture = CultureInfo.GetCultureInfo(text.Language);
            var series = columns.Select(c => new ChartSeries(table.Columns[c], table.Rows.Select(r => ParseNumber(r[c])).ToList())).ToList();
            var categories = table.Rows.Select(r => r[0]).ToList();
            var title = read.Caption ?? string.Join(", ", series.Select(s => s.Name));
            var description = string.Join("; ", series.Select(s =>
                $"{s.Name}: {string.Join(", ", categories.Zip(s.Values, (c, v) => $"{c} {(v is null ? "–" : v.Value.ToString("#,0.##", culture))}"))}"));
            var data = new ChartData(title, description, categories, series);
            var id = $"chart-{text.FirstLine + block.Line}";
            var figure = kind == ChartKind.Shares ? ChartFigure.Shares(id, data, read.Caption, culture) : ChartFigure.Bars(id, data, read.Caption, culture);
            ChartBlockRenderer.Take(block, new ChartReference(id, kind, table, data, read.Caption, culture, draw(figure)));
        }
    }

    private static IReadOnlyList<int> Columns(DataBlock read, DataTable table, DiagnosticBag diagnostics)
    {
        var named = read.Keys.ScalarList("series");
        if (named.Count == 0)
        {
            return Enumerable.Range(1, table.Columns.Count - 1)
                .Where(i => table.Rows.All(r => r[i].Length == 0 || ParseNumber(r[i]) is not null))
                .ToList();
        }

        var columns = new List<int>();
        foreach (var scalar in named)
        {
            var index = table.Columns.ToList().IndexOf(scalar.Text);
            if (index < 1)
            {
                diagnostics.Error(DiagnosticCodes.DataTable, scalar.Location, $"the table has no column '{scalar.Text}' to draw{Binding.NearestMatch.Hint(scalar.Text, table.Columns.Skip(1))}");
            }
            else
            {
                columns.Add(index);
            }
        }

        return columns;
    }

    private static double? ParseNumber(string cell) =>
        double.TryParse(cell.Replace(" ", string.Empty).Replace(',', '.').TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
