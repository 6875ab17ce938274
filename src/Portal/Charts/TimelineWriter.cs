using System.Globalization;
using System.Text;
using static Portal.Charts.ChartSvg;

namespace Portal.Charts;

/// <summary>One bar of a timeline: a relationship from the year it began to the year it ended (or goes on).</summary>
/// <param name="Ongoing">True when the relationship has not ended: its bar runs to the axis's end with an arrow.</param>
public sealed record TimelineRow(string Label, int? Since, int? Until, bool Ongoing);

/// <summary>
/// A timeline of relationships as accessible SVG: one row each, a bar from its first to its last year. An unknown
/// start or end is drawn dashed to the axis's edge; an ongoing relationship ends in an arrow; an ended one in a bar. The axis runs
/// from the decade of the first year to the latest year in the content, so the same content draws the same timeline.
/// </summary>
public static class TimelineWriter
{
    private const double CharacterWidth = 7.6;
    private const int RowHeight = 26;
    private const int AxisHeight = 30;

    public static string Write(string id, string title, string description, IReadOnlyList<TimelineRow> rows, int lastYear)
    {
        var years = rows.SelectMany(r => new[] { r.Since, r.Until }).OfType<int>().ToList();
        var first = (years.DefaultIfEmpty(lastYear).Min() / 10) * 10;
        var last = Math.Max(lastYear, years.DefaultIfEmpty(lastYear).Max());
        var span = Math.Max(1, last - first);
        // Room for the longest name, within reason: a longer one is clipped by the bars' start, not the other way round.
        var labelWidth = Math.Clamp(rows.Select(r => r.Label.Length).DefaultIfEmpty(10).Max() * CharacterWidth + 12, 110, 280);
        var plot = Width - labelWidth - 24;
        double X(int year) => labelWidth + ((year - first) * plot / (double)span);
        var height = (rows.Count * RowHeight) + AxisHeight + 4;

        var svg = new StringBuilder();
        svg.Append(Open(id, title, description, height, "chart__svg timeline"));
        svg.Append($"<defs><marker id=\"{id}-arrow\" viewBox=\"0 0 10 10\" refX=\"2\" refY=\"5\" markerWidth=\"12\" markerHeight=\"16\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0L10,5L0,10Z\" class=\"timeline__arrow\"/></marker></defs>");
        var axisY = rows.Count * RowHeight;
        for (var year = first; year <= last; year += span > 60 ? 20 : 10)
        {
            svg.Append($"<line class=\"timeline__grid\" x1=\"{N(X(year))}\" y1=\"0\" x2=\"{N(X(year))}\" y2=\"{axisY}\"/>");
            svg.Append($"<text class=\"chart__label\" x=\"{N(X(year))}\" y=\"{axisY + 20}\" text-anchor=\"middle\">{year}</text>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = (i * RowHeight) + (RowHeight / 2.0);
            svg.Append($"<text class=\"chart__label\" x=\"0\" y=\"{N(y + 5)}\">{Encode(row.Label)}</text>");
            var start = row.Since ?? first;
            // An ended relationship whose last year is unknown runs dashed to the axis's end, as an unknown start does from its beginning.
            var end = row.Until ?? last;
            var dashed = row.Since is null || (row.Until is null && !row.Ongoing) ? " timeline__bar--unknown" : string.Empty;
            var arrow = row.Ongoing && row.Until is null ? $" marker-end=\"url(#{id}-arrow)\"" : string.Empty;
            svg.Append($"<line class=\"timeline__bar{dashed}\" x1=\"{N(X(start))}\" y1=\"{N(y)}\" x2=\"{N(Math.Max(X(end), X(start) + 3))}\" y2=\"{N(y)}\"{arrow}/>");
            if (row.Until is not null)
            {
                svg.Append($"<line class=\"timeline__end\" x1=\"{N(X(end))}\" y1=\"{N(y - 7)}\" x2=\"{N(X(end))}\" y2=\"{N(y + 7)}\"/>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
