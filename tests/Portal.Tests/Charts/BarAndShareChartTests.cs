using System.Globalization;
using Portal.Charts;
using static Portal.Tests.Charts.ChartSvgReader;

namespace Portal.Tests.Charts;

/// <summary>Bars and share bars as drawn: lengths in proportion to the values, every value written out, a name for the image.</summary>
public sealed class BarAndShareChartTests
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private static readonly ChartData Trend = new(
        "Vänorter",
        "Kommuner med vänorter och antal samarbeten",
        ["2007", "2011", "2018"],
        [new ChartSeries("Kommuner", [272, 243, 146]), new ChartSeries("Samarbeten", [1025, null, 527])]);

    [Test]
    public void Bars_grow_from_one_baseline_in_proportion_to_their_values()
    {
        var svg = Parse(BarChartWriter.Write("trend", Trend, Swedish));
        var bars = svg.QuerySelectorAll("rect.chart__bar").ToList();
        var values = Trend.Series.SelectMany(s => s.Values).OfType<double>().ToList();

        Assert.That(bars, Has.Count.EqualTo(values.Count), "one bar per value given, none for the missing one");
        var bottoms = bars.Select(b => Number(b, "y") + Number(b, "height")).ToList();
        var perUnit = bars.Select(b => Number(b, "height")).Zip(BarValues(), (height, value) => height / value).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(bottoms, Has.All.EqualTo(bottoms[0]).Within(0.2), "every bar stands on the same baseline");
            Assert.That(perUnit, Has.All.EqualTo(perUnit[0]).Within(perUnit[0] * 0.01), "height per unit is the same for every bar");
        });
    }

    [Test]
    public void Each_category_holds_its_series_left_to_right_in_order()
    {
        var svg = Parse(BarChartWriter.Write("trend", Trend, Swedish));
        var labels = svg.QuerySelectorAll("text.chart__label").Select(t => (Text: t.TextContent, X: Number(t, "x"))).ToList();
        var bars = svg.QuerySelectorAll("rect.chart__bar").Select(b => Number(b, "x")).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(labels.Select(l => l.Text), Is.EqualTo(Trend.Categories));
            Assert.That(labels.Select(l => l.X), Is.Ordered.Ascending);
            Assert.That(bars, Is.Ordered.Ascending, "2007's bars, then 2011's, then 2018's");
        });
    }

    [Test]
    public void Every_value_is_written_on_its_bar_in_the_page_language()
    {
        var svg = Parse(BarChartWriter.Write("trend", Trend, Swedish));
        var written = svg.QuerySelectorAll("text.chart__value").Select(t => t.TextContent).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(written.Select(Digits), Is.EqualTo(BarValues().Select(v => v.ToString(CultureInfo.InvariantCulture))));
            Assert.That(written, Does.Contain(1025.0.ToString("#,0", Swedish)), "thousands grouped as Swedish readers write them");
        });
    }

    [Test]
    public void The_image_is_named_by_the_charts_title_and_description()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AccessibleName(Parse(BarChartWriter.Write("trend", Trend, Swedish))), Is.EqualTo($"{Trend.Title} {Trend.Description}"));
            Assert.That(AccessibleName(Parse(ShareChartWriter.Write("andel", Trend, Swedish))), Is.EqualTo($"{Trend.Title} {Trend.Description}"));
        });
    }

    [Test]
    public void Share_segments_follow_each_other_in_proportion_and_leave_what_is_missing_to_100_percent_blank()
    {
        var shares = new ChartData("Andelar", "Aktiva, sporadiska och vilande", ["Vänorter", "Partnerskap"], [
            new ChartSeries("Aktiva", [50, 20]),
            new ChartSeries("Sporadiska", [25, 10]),
            new ChartSeries("Vilande", [null, 30]),
        ]);
        var svg = Parse(ShareChartWriter.Write("andel", shares, Swedish));
        var full = Number(svg.QuerySelectorAll("rect.chart__remainder")[0], "width");
        var rows = svg.QuerySelectorAll("rect.chart__bar").GroupBy(r => Number(r, "y")).Select(g => g.ToList()).ToList();

        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(rows[0].Select(r => Number(r, "width") / full), Is.EqualTo(new[] { 0.50, 0.25 }).Within(0.001), "Vänorter: 50 % and 25 % of the bar, 25 % left blank");
            Assert.That(rows[1].Select(r => Number(r, "width") / full), Is.EqualTo(new[] { 0.20, 0.10, 0.30 }).Within(0.001));
            foreach (var row in rows)
            {
                var ends = row.Select(r => Number(r, "x") + Number(r, "width")).SkipLast(1);
                Assert.That(row.Skip(1).Select(r => Number(r, "x")), Is.EqualTo(ends).Within(0.2), "each segment starts where the one before ends");
            }

            Assert.That(svg.QuerySelectorAll("text.chart__segment").Select(t => Digits(t.TextContent)), Is.EqualTo(new[] { "50", "25", "20", "10", "30" }));
        });
    }

    [Test]
    public void Shares_adding_up_to_more_than_100_percent_fill_the_bar_in_proportion()
    {
        var over = new ChartData("Andelar", "Mer än hela", ["Alla"], [new ChartSeries("A", [90]), new ChartSeries("B", [60])]);
        var svg = Parse(ShareChartWriter.Write("over", over, Swedish));
        var full = Number(svg.QuerySelector("rect.chart__remainder")!, "width");
        var widths = svg.QuerySelectorAll("rect.chart__bar").Select(r => Number(r, "width") / full).ToList();

        Assert.That(widths, Is.EqualTo(new[] { 0.6, 0.4 }).Within(0.001), "nothing drawn past the bar's end");
    }

    private static IEnumerable<double> BarValues() =>
        Enumerable.Range(0, Trend.Categories.Count).SelectMany(c => Trend.Series.Select(s => s.Values[c])).OfType<double>();
}
