using System.Globalization;
using System.Text;
using static Portal.Charts.ChartSvg;

namespace Portal.Charts;

/// <summary>
/// Grouped vertical bars, one group per category: the SKL survey's decline of twinning over the years. Each bar
/// carries its value as text, and series differ in pattern as well as colour; a legend names them.
/// </summary>
public static class BarChartWriter
{
    private const int Height = 320;
    private const int Left = 16;
    private const int Bottom = 36;
    private const int Top = 24;

    public static string Write(string id, ChartData data, CultureInfo culture)
    {
        var max = data.Series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(1).Max();
        max = max <= 0 ? 1 : max;
        var plotHeight = Height - Top - Bottom;
        var groupWidth = (Width - (2 * Left)) / (double)Math.Max(1, data.Categories.Count);
        var barWidth = Math.Min(56, (groupWidth * 0.8) / Math.Max(1, data.Series.Count));
        var svg = new StringBuilder();
        svg.Append(Open(id, data.Title, data.Description, Height));
        svg.Append(Patterns(id));
        var baseline = Height - Bottom;
        svg.Append($"<line class=\"chart__axis\" x1=\"{Left}\" y1=\"{baseline}\" x2=\"{Width - Left}\" y2=\"{baseline}\"/>");
        for (var c = 0; c < data.Categories.Count; c++)
        {
            var groupLeft = Left + (c * groupWidth) + ((groupWidth - (barWidth * data.Series.Count)) / 2);
            for (var s = 0; s < data.Series.Count; s++)
            {
                if (data.Series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var height = plotHeight * value / max;
                var x = groupLeft + (s * barWidth);
                svg.Append($"<rect {Fill(id, s, "chart__bar")} x=\"{N(x + 1)}\" y=\"{N(baseline - height)}\" width=\"{N(barWidth - 2)}\" height=\"{N(height)}\"/>");
                svg.Append($"<text class=\"chart__value\" x=\"{N(x + (barWidth / 2))}\" y=\"{N(baseline - height - 6)}\" text-anchor=\"middle\">{Encode(Value(value, culture))}</text>");
            }

            svg.Append($"<text class=\"chart__label\" x=\"{N(Left + (c * groupWidth) + (groupWidth / 2))}\" y=\"{baseline + 22}\" text-anchor=\"middle\">{Encode(data.Categories[c])}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
