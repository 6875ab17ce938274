using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Portal.Tests.Maps;

/// <summary>
/// No relationship disappears from a map: each one a page lists is either a marker of its own or counted in a
/// group, on the demo site and on a generated site with tight clusters of towns and partners far away.
/// </summary>
public sealed class MapCoverageTests(string site) : MapSiteFixture(site)
{
    private IReadOnlyList<string> _pages = [];

    [OneTimeSetUp]
    public void Build()
    {
        Assert.That(Run.Errors, Is.Empty, Run.Report);
        _pages = MapPages.Pages(Run.OutputDirectory);
    }

    private int RelationshipCount()
    {
        using var json = JsonDocument.Parse(Run.ReadText("data/partners.json"));
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
                // A group names only its first few places (the list beside the map has them all), but counts every one:
                // the relationships without a marker of their own are exactly those the groups count.
                var unmarked = listed.Keys.Count(path => !singleTargets.Contains(path));
                Assert.That(groups.Sum(MapPages.GroupCount), Is.EqualTo(unmarked), $"{page}: the groups count the {unmarked} relationships that have no marker of their own");
                Assert.That(groupLabels, Has.All.Match(@"^\d+ "), $"{page}: a group's name starts with its count");

                Assert.That(total, Is.InRange(listed.Count + extraMin, listed.Count + extraMax), $"{page}: markers + counts of groups against {listed.Count} relationships listed");
            });
        }
    }

    [Test]
    public void On_a_municipality_map_the_municipality_is_a_marker_of_its_own_and_groups_count_only_relationships()
    {
        // The municipality is where every route starts; hidden in a group, it is announced as one more "samarbete".
        var pages = _pages.Where(p => MapPages.KindOf(p) == MapPages.Kind.Municipality).ToList();
        Assert.Multiple(() =>
        {
            foreach (var page in pages)
            {
                var document = Page(page);
                var markers = MapPages.Markers(MapPages.Figure(document)!);
                var home = markers.Where(m => !MapPages.IsGroup(m) && MapPages.ModifierOf(m) == "home").ToList();
                Assert.That(home, Has.Count.EqualTo(1), $"{page}: the municipality's own marker (groups: {string.Join(" | ", markers.Where(MapPages.IsGroup).Select(g => g.GetAttribute("aria-label")))})");
                if (home.Count == 1)
                {
                    Assert.That(HtmlPages.ResolveRelative(page, home[0].GetAttribute("href")!), Is.EqualTo(page), $"{page}: the home marker links to the page");
                }

                var partnerMarks = markers.Count(m => !MapPages.IsGroup(m) && MapPages.IsPartner(m)) + markers.Where(MapPages.IsGroup).Sum(MapPages.GroupCount);
                Assert.That(partnerMarks, Is.EqualTo(MapPages.RelationshipLinksInTables(document, page).Count), $"{page}: partner markers + counts of groups = relationships");
            }
        });
    }

    [Test]
    public void The_site_has_groups_to_check()
    {
        var groups = _pages.Where(p => MapPages.KindOf(p) is MapPages.Kind.Municipality or MapPages.Kind.Country or MapPages.Kind.Home)
            .Sum(p => MapPages.Figure(Page(p)) is { } f ? MapPages.Markers(f).Count(MapPages.IsGroup) : 0);
        Assert.That(groups, Is.Positive, "close-together places are grouped somewhere, so the checks above meet groups");
    }
}
