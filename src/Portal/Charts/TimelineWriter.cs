using System.Globalization;
using System.Text;
using static Portal.Charts.ChartSvg;

namespace Portal.Charts;

/// <summary>One bar of a timeline: a relationship from the year it began to the year it ended (or goes on).</summary>
/// <param name="Ongoing">True when the relationship has not ended: its bar runs to the axis's end with an arrow.</param>
public sealed record TimelineRow(string Label, int? Since, int? Until, bool Ongoing)
{
    /// <summary>Its statuses over time, oldest first, when its history is known: the bar is drawn a period at a time.</summary>
    public IReadOnlyList<TimelinePeriod> Periods { get; init; } = [];
}

/// <summary>From <paramref name="From"/> on, the status was <paramref name="Status"/> (kebab-case, as the theme's classes name it).</summary>
public sealed record TimelinePeriod(int From, string Status);

/// <summary>Which of a timeline's line styles it draws, for a legend that explains those and no others.</summary>
/// <param name="Periods">Bars a status at a time (and the end mark).</param>
/// <param name="Unrecorded">Beside those, years whose status is not given.</param>
/// <param name="UnknownYears">Bars dashed from or to the axis's edge: a start or an end year not known.</param>
public sealed record TimelineKey(bool Periods, bool Unrecorded, bool UnknownYears)
{
    public bool Any => Periods || Unrecorded || UnknownYears;
}

/// <summary>A timeline's SVG and the styles it draws.</summary>
public sealed record TimelineDrawing(string Svg, TimelineKey Key);

/// <summary>
/// A timeline of relationships as accessible SVG: one row each, a bar from its first to its last year. An unknown
/// start is a short dashed lead-in to the first year known, and an unknown end a short dashed lead-out from the last;
/// an ongoing relationship ends in an arrow; an ended one in a bar. A
/// relationship with a history is drawn a period at a time, each status in its own line style (not colour alone), and
/// beside it one without a history in grey: its status over time is not given. The
/// axis runs from the decade of the first year to the latest year in the content, both labelled, so the same content
/// draws the same timeline.
/// </summary>
public static class TimelineWriter
{
    private const double CharacterWidth = 7.6;
    private const int RowHeight = 26;
    private const int AxisHeight = 30;

    /// <summary>How far before the first year known an unknown start is drawn, and after the last an unknown end: too short to be read against the axis.</summary>
    private const double LeadIn = 40;

    /// <summary>The room a year's label needs beside the one before it.</summary>
    private const double LabelRoom = 44;

    public static TimelineDrawing Write(string id, string title, string description, IReadOnlyList<TimelineRow> rows, int lastYear)
    {
        var years = rows.SelectMany(r => r.Periods.Select(p => (int?)p.From).Append(r.Since).Append(r.Until)).OfType<int>().ToList();
        var first = (years.DefaultIfEmpty(lastYear).Min() / 10) * 10;
        var last = Math.Max(lastYear, years.DefaultIfEmpty(lastYear).Max());
        var span = Math.Max(1, last - first);
        // Room for the longest name, within reason: a longer one is clipped by the bars' start, not the other way round.
        var labelWidth = Math.Clamp(rows.Select(r => r.Label.Length).DefaultIfEmpty(10).Max() * CharacterWidth + 12, 110, 280);
        var plot = Width - labelWidth - 24;
        double X(int year) => labelWidth + ((year - first) * plot / (double)span);
        var height = (rows.Count * RowHeight) + AxisHeight + 4;
        // Beside bars drawn a status at a time, a bar without a history must not pass for an active one.
        var periodsDrawn = rows.Any(r => r.Periods.Count > 0);
        var unrecorded = periodsDrawn ? " timeline__bar--unrecorded" : string.Empty;
        var (unrecordedDrawn, unknownDrawn) = (false, false);

        var svg = new StringBuilder();
        svg.Append(Open(id, title, description, height, "chart__svg timeline"));
        svg.Append($"<defs><marker id=\"{id}-arrow\" viewBox=\"0 0 10 10\" refX=\"2\" refY=\"5\" markerWidth=\"12\" markerHeight=\"16\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0L10,5L0,10Z\" class=\"timeline__arrow\"/></marker></defs>");
        var axisY = rows.Count * RowHeight;
        void Tick(int year)
        {
            svg.Append($"<line class=\"timeline__grid\" x1=\"{N(X(year))}\" y1=\"0\" x2=\"{N(X(year))}\" y2=\"{axisY}\"/>");
            svg.Append($"<text class=\"chart__label\" x=\"{N(X(year))}\" y=\"{axisY + 20}\" text-anchor=\"middle\">{year}</text>");
        }

        var step = span > 60 ? 20 : 10;
        for (var year = first; year <= last; year += step)
        {
            Tick(year);
        }

        // The axis's end is labelled too, where there is room, so that a reader sees the span and not one lone year.
        if (X(last) - X(first + ((last - first) / step * step)) >= LabelRoom)
        {
            Tick(last);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = (i * RowHeight) + (RowHeight / 2.0);
            svg.Append($"<text class=\"chart__label\" x=\"0\" y=\"{N(y + 5)}\">{Encode(row.Label)}</text>");
            // An unknown start is a lead-in to the first year known: a line from the axis's edge would read as a start there.
            int? firstKnown = row.Periods.Count > 0 ? row.Periods[0].From : row.Until ?? (row.Ongoing ? last : null);
            var startX = row.Since is { } since ? X(since) : firstKnown is { } known ? Math.Max(labelWidth, X(known) - LeadIn) : labelWidth;
            var end = row.Until ?? last;
            var dashed = row.Since is null || (row.Until is null && !row.Ongoing) ? " timeline__bar--unknown" : string.Empty;
            var arrow = row.Ongoing && row.Until is null ? $" marker-end=\"url(#{id}-arrow)\"" : string.Empty;
            void Bar(double fromX, double toX, string classes, string marker)
            {
                unrecordedDrawn |= classes.Contains("--unrecorded", StringComparison.Ordinal);
                unknownDrawn |= classes.Contains("--unknown", StringComparison.Ordinal);
                svg.Append($"<line class=\"timeline__bar{classes}\" x1=\"{N(fromX)}\" y1=\"{N(y)}\" x2=\"{N(Math.Max(toX, fromX + 3))}\" y2=\"{N(y)}\"{marker}/>");
            }

            int? endTick = row.Until;
            if (row.Periods.Count == 0)
            {
                // An ended relationship whose last year is unknown is a lead-out from its start: a line to the axis's end would read as an end there.
                var endX = row.Until is null && !row.Ongoing && row.Since is not null ? Math.Min(X(last), startX + LeadIn) : X(end);
                Bar(startX, endX, dashed + unrecorded, arrow);
            }
            else
            {
                // Before its first known status, the bar is as one without a history; then a line a period, none after an end.
                var periods = row.Periods;
                if (startX < X(periods[0].From))
                {
                    Bar(startX, X(periods[0].From), (row.Since is null ? " timeline__bar--unknown" : string.Empty) + " timeline__bar--unrecorded", string.Empty);
                }

                for (var p = 0; p < periods.Count; p++)
                {
                    var isLast = p == periods.Count - 1;
                    if (periods[p].Status == "ended")
                    {
                        endTick ??= isLast ? periods[p].From : null;
                        continue;
                    }

                    Bar(Math.Max(X(periods[p].From), startX), X(isLast ? end : periods[p + 1].From), $" timeline__bar--{periods[p].Status}", isLast ? arrow : string.Empty);
                }
            }

            if (endTick is { } tick)
            {
                svg.Append($"<line class=\"timeline__end\" x1=\"{N(X(tick))}\" y1=\"{N(y - 7)}\" x2=\"{N(X(tick))}\" y2=\"{N(y + 7)}\"/>");
            }
        }

        svg.Append("</svg>");
        return new TimelineDrawing(svg.ToString(), new TimelineKey(periodsDrawn, unrecordedDrawn, unknownDrawn));
    }
}
