using Markdig.Renderers;
using Portal.Charts;
using Portal.Markdown.DataTables;

namespace Portal.Markdown.Charts;

/// <summary>Writes a chart as a figure (the SVG, its caption) followed by the data table that holds the same numbers.</summary>
public static class ChartBlockWriter
{
    public static void Write(HtmlRenderer renderer, ChartReference chart)
    {
        var svg = chart.Kind == ChartKind.Shares
            ? ShareChartWriter.Write(chart.Id, chart.Data, chart.Culture)
            : BarChartWriter.Write(chart.Id, chart.Data, chart.Culture);
        renderer.EnsureLine().Write($"<figure class=\"chart chart--{chart.Kind.ToString().ToLowerInvariant()}\" id=\"{chart.Id}\">");
        renderer.Write(svg);
        renderer.Write("<figcaption class=\"chart__legend\">");
        if (chart.Caption is not null)
        {
            renderer.Write("<span class=\"chart__title\">").WriteEscape(chart.Caption).Write("</span>");
        }

        renderer.Write("<ul>");
        for (var s = 0; s < chart.Data.Series.Count; s++)
        {
            renderer.Write("<li>").Write(ChartSvg.LegendKey(chart.Id, s)).WriteEscape(chart.Data.Series[s].Name).Write("</li>");
        }

        renderer.Write("</ul></figcaption></figure>").WriteLine();
        DataTableBlockRenderer.WriteTable(renderer, chart.Table, chart.Caption);
    }
}
