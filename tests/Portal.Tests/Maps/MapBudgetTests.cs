using System.Text;
using Portal.Tests.Support;

namespace Portal.Tests.Maps;

/// <summary>A map is at most 80 KB of markup, however many partners it shows.</summary>
public sealed class MapBudgetTests
{
    public const int Budget = 80 * 1024;

    private static IReadOnlyList<(string Page, int Bytes)> FigureSizes(BuildRun run, IEnumerable<string> pages) =>
        pages.SelectMany(p => MapPages.FigureMarkup(run.ReadText(p)).Select(f => (p, Encoding.UTF8.GetByteCount(f)))).ToList();

    private static void AssertWithinBudget(IReadOnlyList<(string Page, int Bytes)> sizes)
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

    [TestCase("index.html")]
    [TestCase("kommuner/storstad.html")]
    public void With_2000_partners_the_map_groups_its_markers_and_stays_within_80_KB(string page)
    {
        var run = SyntheticSites.Large;
        var figures = MapPages.FigureMarkup(run.ReadText(page));
        Assert.That(figures, Has.Count.EqualTo(1), page);
        var bytes = Encoding.UTF8.GetByteCount(figures[0]);
        var figure = MapPages.Figure(HtmlPages.Parse(figures[0]))!;
        var markers = MapPages.Markers(figure);
        var groups = markers.Where(MapPages.IsGroup).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(groups, Is.Not.Empty, "markers are grouped");
            Assert.That(markers.Count(m => !MapPages.IsGroup(m)) + groups.Sum(MapPages.GroupCount), Is.EqualTo(SyntheticSites.LargeCount + (page.StartsWith("kommuner/", StringComparison.Ordinal) ? 1 : 0)), "every partner still counted");
            Assert.That(bytes, Is.LessThanOrEqualTo(Budget), $"{page}: {bytes} bytes, {markers.Count} marks of which {groups.Count} groups; longest group label {groups.Select(g => g.GetAttribute("aria-label")!.Length).DefaultIfEmpty().Max()} chars");
        });
    }

    [Test]
    public void With_2000_partners_every_country_map_stays_within_80_KB()
    {
        var run = SyntheticSites.Large;
        var pages = MapPages.Pages(run.OutputDirectory).Where(p => MapPages.KindOf(p) == MapPages.Kind.Country).ToList();
        Assert.That(pages, Is.Not.Empty);
        AssertWithinBudget(FigureSizes(run, pages));
    }
}
