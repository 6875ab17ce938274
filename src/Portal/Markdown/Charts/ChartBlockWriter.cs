using Markdig.Renderers;
using Portal.Markdown.DataTables;

namespace Portal.Markdown.Charts;

/// <summary>Writes a chart: its figure, drawn by the theme when the block was resolved, followed by the data table that holds the same numbers.</summary>
public static class ChartBlockWriter
{
    public static void Write(HtmlRenderer renderer, ChartReference chart)
    {
        renderer.EnsureLine().Write(chart.Figure.Value).WriteLine();
        DataTableBlockRenderer.WriteTable(renderer, chart.Table, chart.Caption);
    }
}
