using System.Globalization;
using Portal.Templates;

namespace Portal.Charts;

/// <summary>
/// A chart as the theme's <c>chart</c> component draws it: the figure, caption and legend are the template's; the
/// SVG (bars, shares, their patterns and the text on them) and each series' legend key are drawn here, in C#.
/// </summary>
/// <param name="Kind">bars or shares: the figure's modifier class.</param>
public sealed record ChartFigure(string Id, string Kind, TrustedHtml Svg, string? Caption, IReadOnlyList<ChartLegendEntry> Series)
{
    public static ChartFigure Shares(string id, ChartData data, string? caption, CultureInfo culture) =>
        new(id, "shares", new TrustedHtml(ShareChartWriter.Write(id, data, culture)), caption, Legend(id, data));

    public static ChartFigure Bars(string id, ChartData data, string? caption, CultureInfo culture) =>
        new(id, "bars", new TrustedHtml(BarChartWriter.Write(id, data, culture)), caption, Legend(id, data));

    private static IReadOnlyList<ChartLegendEntry> Legend(string id, ChartData data) =>
        data.Series.Select((s, i) => new ChartLegendEntry(new TrustedHtml(ChartSvg.LegendKey(id, i)), s.Name)).ToList();
}

/// <summary>A series in a chart's legend: its key (a swatch of its fill) and its name.</summary>
public sealed record ChartLegendEntry(TrustedHtml Key, string Name);
