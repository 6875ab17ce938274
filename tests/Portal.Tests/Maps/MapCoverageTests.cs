using System.Text.Json;
using AngleSharp.Html.Dom;
using Portal.Tests.Support;

namespace Portal.Tests.Maps;

/// <summary>
/// No relationship disappears from a map: each one a page lists is either a marker of its own or counted in a
/// group, on the demo site and on a generated site with tight clusters of towns and partners far away.
/// </summary>
[TestFixture("demo")]
[TestFixture("medium")]
public sealed class MapCoverageTests(string site)
{
    private BuildRun _run = null!;
    private IReadOnlyList<string> _pages = [];

    [OneTimeSetUp]
    public void Build()
    {
        _run = site == "demo" ? DemoSite.Get() : SyntheticSites.Medium;
        Assert.That(_run.Errors, Is.Empty, _run.Report);
        _pages = MapPages.Pages(_run.OutputDirectory);
    }

    private IHtmlDocument Page(string path) => site == "demo" ? DemoSite.Page(path) : _run.Html(path);

    private int RelationshipCount()
    {
        using var json = JsonDocument.Parse(_run.ReadText("data/partners.json"));
        return json.RootElement.GetArrayLength();
    }

    [Test]
    public void The_home_map_counts_every_relationship_of_the_site()
    {
        var total = RelationshipCount();
        Assert.That(total, Is.Positive);
        foreach (var page in _pages.Where(p => MapPages.KindOf(p) == MapPages.Kind.Home))
        {
            var figure = MapPages.Figure(Page(page));
            Assert.That(figure, Is.Not.Null, page);
            var markers = MapPages.Markers(figure!);
            var singles = markers.Where(m => !MapPages.IsGroup(m)).ToList();
            var grouped = markers.Where(MapPages.IsGroup).Sum(MapPages.GroupCount);
            Assert.Multiple(() =>
            {
                Assert.That(singles.All(MapPages.IsPartner), Is.True, $"{page}: only partners on the world map");
                Assert.That(singles.Count + grouped, Is.EqualTo(total), $"{page}: single markers + counts of groups = relationships of the site");
                var distinct = singles.Select(m => HtmlPages.ResolveRelative(page, m.GetAttribute("href")!)).Distinct().Count();
                Assert.That(distinct, Is.EqualTo(singles.Count), $"{page}: no relationship marked twice");
            });
        }
    }

    [TestCase(MapPages.Kind.Country)]
    [TestCase(MapPages.Kind.Municipality)]
    public void Every_relationship_listed_on_the_page_has_a_marker_or_is_counted_in_a_group(MapPages.Kind kind)
    {
        var pages = _pages.Where(p => MapPages.KindOf(p) == kind).ToList();
        Assert.That(pages, Is.Not.Empty);
        foreach (var page in pages)
        {
            var document = Page(page);
            var listed = MapPages.RelationshipNamesInTables(document, page);
            var figure = MapPages.Figure(document);
            Assert.That(figure, Is.Not.Null, page);
            var markers = MapPages.Markers(figure!);
            var singles = markers.Where(m => !MapPages.IsGroup(m)).ToList();
            var groups = markers.Where(MapPages.IsGroup).ToList();
            var singleTargets = singles.Where(MapPages.IsPartner)
                .Select(m => HtmlPages.ResolveRelative(page, m.GetAttribute("href")!)!)
                .ToList();
            var groupLabels = groups.Select(g => g.GetAttribute("aria-label") ?? string.Empty).ToList();
            var total = singles.Count + groups.Sum(MapPages.GroupCount);

            // Places that are not relationships: the municipality itself, networks seated in the country.
            var (extraMin, extraMax) = kind == MapPages.Kind.Municipality
                ? (1, 1)
                : (0, document.QuerySelectorAll("main a[href*='natverk/']").Select(a => a.GetAttribute("href")).Distinct().Count());

            Assert.Multiple(() =>
            {
                Assert.That(singleTargets, Is.SubsetOf(listed.Keys), $"{page}: every partner marker is a relationship the page lists");
                Assert.That(singleTargets.Distinct().Count(), Is.EqualTo(singleTargets.Count), $"{page}: no relationship marked twice");
                foreach (var (path, name) in listed)
                {
                    if (!singleTargets.Contains(path))
                    {
                        Assert.That(groupLabels.Any(l => l.Contains(name, StringComparison.Ordinal)), Is.True, $"{page}: '{name}' ({path}) has no marker and is named in no group");
                    }
                }

                Assert.That(total, Is.InRange(listed.Count + extraMin, listed.Count + extraMax), $"{page}: markers + counts of groups against {listed.Count} relationships listed");
            });
        }
    }
}
