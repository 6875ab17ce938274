using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using static Portal.Tests.Charts.ChartSvgReader;

namespace Portal.Tests.Charts;

/// <summary>
/// The demo's statistics page draws its chart blocks from the CSV files they name: a resident sees every number of
/// the file, in its order, in the chart and in the data table that follows it for those who cannot see the chart.
/// </summary>
public sealed partial class ChartBlockTests
{
    private const string Page = "statistik.html";

    [GeneratedRegex(@"```chart\ntype: (?<type>\w+)\nsource: (?<source>\S+)\ncaption: (?<caption>.+)\n```")]
    private static partial Regex ChartBlock();

    public sealed record Block(string Type, string Source, string Caption)
    {
        /// <summary>The source's rows, header first; the demo's files quote nothing.</summary>
        public IReadOnlyList<string[]> Rows() =>
            File.ReadAllLines(Path.Combine(RepoPaths.DemoInput, "data", Source)).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();

        /// <summary>The columns that hold numbers: the chart's series.</summary>
        public IReadOnlyList<int> Series() =>
            Enumerable.Range(1, Rows()[0].Length - 1).Where(c => Rows().Skip(1).All(r => double.TryParse(r[c], CultureInfo.InvariantCulture, out _))).ToList();

        public override string ToString() => Source;
    }

    private static IEnumerable<Block> Blocks() =>
        ChartBlock().Matches(File.ReadAllText(Path.Combine(RepoPaths.DemoInput, "pages", "statistik.md")).ReplaceLineEndings("\n"))
            .Select(m => new Block(m.Groups["type"].Value, m.Groups["source"].Value, m.Groups["caption"].Value.Trim()));

    [OneTimeSetUp]
    public void BuildTheDemo() => DemoSite.Get();

    private static IElement ChartOf(Block block) =>
        DemoSite.Page(Page).QuerySelectorAll("svg[role=img]").Single(s => AccessibleName(s).StartsWith(block.Caption, StringComparison.Ordinal));

    [Test]
    public void The_page_has_bars_and_shares_to_test() =>
        Assert.That(Blocks().Select(b => b.Type).Distinct(), Is.EquivalentTo(new[] { "bars", "shares" }));

    [TestCaseSource(nameof(Blocks))]
    public void The_data_table_after_the_chart_holds_every_cell_of_the_source_in_order(Block block)
    {
        var table = DemoSite.Page(Page).QuerySelectorAll("table").Single(t => t.QuerySelector("caption")?.TextContent.Trim() == block.Caption);
        var cells = table.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        var header = table.QuerySelectorAll("thead th").Select(c => c.TextContent.Trim());

        Assert.Multiple(() =>
        {
            Assert.That(header, Is.EqualTo(block.Rows()[0]));
            Assert.That(cells.Select(r => r.Select(Digits)), Is.EqualTo(block.Rows().Skip(1).Select(r => r.Select(Digits))));
            Assert.That(cells.Select(r => r[0]), Is.EqualTo(block.Rows().Skip(1).Select(r => r[0])));
        });
    }

    [TestCaseSource(nameof(Blocks))]
    public void The_charts_description_reads_out_every_value(Block block)
    {
        var name = AccessibleName(ChartOf(block));
        var values = block.Rows().Skip(1).SelectMany(r => block.Series().Select(c => r[c])).ToList();

        Assert.That(values, Has.All.Matches<string>(v => Digits(name).Contains(v, StringComparison.Ordinal)), name);
        Assert.That(block.Series().Select(c => block.Rows()[0][c]), Has.All.Matches<string>(series => name.Contains(series, StringComparison.Ordinal)), "it names each series");
    }

    [TestCaseSource(nameof(Blocks))]
    public void The_chart_draws_every_value_in_proportion(Block block)
    {
        var svg = ChartOf(block);
        var rows = block.Rows().Skip(1).ToList();
        var bars = svg.QuerySelectorAll("rect.chart__bar").ToList();
        var values = rows.SelectMany(r => block.Series().Select(c => double.Parse(r[c], CultureInfo.InvariantCulture))).ToList();
        var size = block.Type == "bars" ? "height" : "width";
        var perUnit = bars.Select(b => Number(b, size)).Zip(values, (length, value) => length / value).ToList();

        Assert.That(bars, Has.Count.EqualTo(values.Count), "a bar (or segment) per value, by category then series");
        Assert.That(perUnit, Has.All.EqualTo(perUnit[0]).Within(perUnit[0] * 0.02));
        if (block.Type == "bars")
        {
            Assert.That(svg.QuerySelectorAll("text.chart__value").Select(t => Digits(t.TextContent)), Is.EqualTo(values.Select(v => v.ToString(CultureInfo.InvariantCulture))));
        }
    }
}
