using System.Text;

namespace Portal.Tests.Maps;

/// <summary>A map is at most 80 KB of markup, however many partners it shows.</summary>
public sealed class MapBudgetTests
{
    public const int Budget = 80 * 1024;

    internal static IReadOnlyList<(string Page, int Bytes)> FigureSizes(BuildRun run, IEnumerable<string> pages) =>
        pages.SelectMany(p => MapPages.FigureMarkup(run.ReadText(p)).Select(f => (p, Encoding.UTF8.GetByteCount(f)))).ToList();

    internal static void AssertWithinBudget(IReadOnlyList<(string Page, int Bytes)> sizes)
    {
        var over = sizes.Where(s => s.Bytes > Budget).Select(s => $"{s.Page}: {s.Bytes} bytes").ToList();
        Assert.That(over, Is.Empty, $"maps over {Budget} bytes");
    }

    [Test]
    public void Every_map_of_the_demo_site_is_within_80_KB()
    {
        var run = DemoSite.Get();
        var sizes = FigureSizes(run, MapPages.Pages(run.OutputDirectory));
        Assert.That(sizes, Has.Count.GreaterThan(50), "the demo has maps on its home, country, municipality, relationship and network pages");
        AssertWithinBudget(sizes);
    }

    [Test]
    public void Every_map_of_the_generated_site_is_within_80_KB()
    {
        var run = SyntheticSites.Medium;
        var sizes = FigureSizes(run, MapPages.Pages(run.OutputDirectory));
        Assert.That(sizes, Has.Count.GreaterThan(120));
        AssertWithinBudget(sizes);
    }
}

/// <summary>
/// The budget with 2,000 partners (one municipality's, spread over Europe): markers are grouped, and the map still
/// fits. A fixture of its own so the large site is built beside the demo site, not after it.
/// </summary>
public sealed class LargeSiteBudgetTests
{
    private const int Budget = MapBudgetTests.Budget;

    [OneTimeSetUp]
    public void Compose() => Assert.That(SyntheticSites.LargeMaps, Does.ContainKey("index.html").And.ContainKey("kommuner/storstad.html"));

    [TestCase("index.html")]
    [TestCase("kommuner/storstad.html")]
    public void With_2000_partners_the_map_groups_its_markers_and_stays_within_80_KB(string page)
    {
        var figures = MapPages.FigureMarkup(SyntheticSites.LargeMaps[page]);
        Assert.That(figures, Has.Count.EqualTo(1), page);
        var bytes = Encoding.UTF8.GetByteCount(figures[0]);
        var figure = MapPages.Figure(HtmlPages.Parse(figures[0]))!;
        var markers = MapPages.Markers(figure);
        var groups = markers.Where(MapPages.IsGroup).ToList();
        var routeBytes = figure.QuerySelectorAll("path.map__route").Sum(r => Encoding.UTF8.GetByteCount(r.OuterHtml));
        var groupBytes = groups.Sum(g => Encoding.UTF8.GetByteCount(g.OuterHtml));
        Assert.Multiple(() =>
        {
            Assert.That(groups, Is.Not.Empty, "markers are grouped");
            Assert.That(markers.Count(m => !MapPages.IsGroup(m)) + groups.Sum(MapPages.GroupCount), Is.EqualTo(SyntheticSites.LargeCount + (page.StartsWith("kommuner/", StringComparison.Ordinal) ? 1 : 0)), "every partner still counted");
            Assert.That(bytes, Is.LessThanOrEqualTo(Budget), $"{page}: {bytes} bytes ({routeBytes} in {figure.QuerySelectorAll("path.map__route").Length} routes, {groupBytes} in groups), {markers.Count} marks of which {groups.Count} groups; longest group label {groups.Select(g => g.GetAttribute("aria-label")!.Length).DefaultIfEmpty().Max()} chars");
        });
    }

    [Test]
    public void With_2000_partners_every_country_map_stays_within_80_KB()
    {
        var sizes = SyntheticSites.LargeMaps
            .Where(m => MapPages.KindOf(m.Key) == MapPages.Kind.Country)
            .Select(m => (m.Key, Encoding.UTF8.GetByteCount(m.Value)))
            .ToList();
        Assert.That(sizes, Has.Count.GreaterThan(10));
        MapBudgetTests.AssertWithinBudget(sizes);
    }
}
