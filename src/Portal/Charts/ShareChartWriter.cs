using System.Globalization;
using System.Text;
using static Portal.Charts.ChartSvg;

namespace Portal.Charts;

/// <summary>
/// One horizontal bar per category, split into the shares of each series (active, sporadic, dormant), each segment
/// labelled with its percentage; what the shares leave to 100 % is shown as a blank remainder.
/// </summary>
public static class ShareChartWriter
{
    private const int Row = 56;
    private const int Label = 20;

    public static string Write(string id, ChartData data, CultureInfo culture)
    {
        var height = (data.Categories.Count * Row) + 8;
        var svg = new StringBuilder();
        svg.Append(Open(id, data.Title, data.Description, height));
        svg.Append(Patterns(id));
        for (var c = 0; c < data.Categories.Count; c++)
        {
            var top = (c * Row) + 4;
            svg.Append($"<text class=\"chart__label\" x=\"0\" y=\"{top + 14}\">{Encode(data.Categories[c])}</text>");
            var total = data.Series.Sum(s => s.Values[c] ?? 0);
            var scale = Width / Math.Max(100, total);
            var x = 0.0;
            svg.Append($"<rect class=\"chart__remainder\" x=\"0\" y=\"{top + Label}\" width=\"{Width}\" height=\"26\"/>");
            for (var s = 0; s < data.Series.Count; s++)
            {
                if (data.Series[s].Values[c] is not { } value || value <= 0)
                {
                    continue;
                }

                var width = value * scale;
                svg.Append($"<rect {Fill(id, s, "chart__bar")} x=\"{N(x)}\" y=\"{top + Label}\" width=\"{N(width)}\" height=\"26\"/>");
                if (width >= 30)
                {
                    svg.Append($"<text class=\"chart__segment\" x=\"{N(x + (width / 2))}\" y=\"{top + Label + 18}\" text-anchor=\"middle\">{Encode(Value(value, culture))} %</text>");
                }

                x += width;
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
