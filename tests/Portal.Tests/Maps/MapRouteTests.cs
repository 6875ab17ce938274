using AngleSharp.Dom;
using Portal.Maps;
using Portal.Maps.Rendering;

namespace Portal.Tests.Maps;

/// <summary>A municipality's map draws a great-circle line to each partner, never a line straight across the map.</summary>
public sealed class MapRouteTests
{
    private const string Vanersborg = "kommuner/vanersborg.html";

    private static void AssertNoJumps(string where, IElement baseSvg)
    {
        var width = MapPages.ViewBoxWidth(baseSvg);
        foreach (var route in baseSvg.QuerySelectorAll("path.map__route"))
        {
            var d = route.GetAttribute("d") ?? string.Empty;
            var subpaths = MapPages.Subpaths(d);
            Assert.That(subpaths.Sum(s => s.Count), Is.GreaterThanOrEqualTo(2), $"{where}: an empty route");
            foreach (var points in subpaths)
            {
                for (var i = 1; i < points.Count; i++)
                {
                    Assert.That(Math.Abs(points[i].X - points[i - 1].X), Is.LessThanOrEqualTo(width / 2),
                        $"{where}: route jumps from {points[i - 1]} to {points[i]} on a map {width} wide: {d[..Math.Min(d.Length, 200)]}");
                }
            }
        }
    }

    [Test]
    public void Vanersborg_has_one_route_per_partner()
    {
        var document = DemoSite.Page(Vanersborg);
        var partners = MapPages.RelationshipLinksInTables(document, Vanersborg);
        var routes = document.QuerySelectorAll("figure.map svg.map__base path.map__route");
        Assert.Multiple(() =>
        {
            Assert.That(partners, Has.Count.EqualTo(11), "Vänersborg's partners in the demo (all have a location: it is required)");
            // One route per partner mark: a group of places too close to tell apart gets one route, to its middle.
            var marks = MapPages.Markers(MapPages.Figure(document)!).Count(m => MapPages.IsGroup(m) || MapPages.IsPartner(m));
            Assert.That(routes, Has.Length.EqualTo(marks));
            Assert.That(document.QuerySelectorAll("figure.map svg.map__markers path.map__route"), Is.Empty, "routes are part of the picture, not of the links");
        });
    }

    [Test]
    public void Routes_start_at_the_municipality()
    {
        var document = DemoSite.Page(Vanersborg);
        var starts = document.QuerySelectorAll("figure.map path.map__route")
            .Select(r => MapPages.Subpaths(r.GetAttribute("d")!)[0][0])
            .ToList();
        Assert.That(starts.Distinct().Count(), Is.EqualTo(1), $"every route leaves from one point: {string.Join(" ", starts)}");
    }

    [Test]
    public void No_route_of_the_demo_jumps_across_the_map()
    {
        foreach (var page in DemoSite.Pages().Where(p => MapPages.KindOf(p) == MapPages.Kind.Municipality))
        {
            if (DemoSite.Page(page).QuerySelector("figure.map svg.map__base") is { } svg)
            {
                AssertNoJumps(page, svg);
            }
        }
    }

    [Test]
    public void No_route_of_the_generated_site_jumps_across_the_map()
    {
        var run = SyntheticSites.Medium;
        var pages = MapPages.Pages(run.OutputDirectory).Where(p => MapPages.KindOf(p) == MapPages.Kind.Municipality).ToList();
        Assert.That(pages, Is.Not.Empty);
        foreach (var page in pages)
        {
            var document = run.Html(page);
            var svg = document.QuerySelector("figure.map svg.map__base")!;
            var marks = MapPages.Markers(MapPages.Figure(document)!).Count(m => MapPages.IsGroup(m) || MapPages.IsPartner(m));
            Assert.That(svg.QuerySelectorAll("path.map__route"), Has.Length.EqualTo(marks), $"{page}: one route per partner mark");
            AssertNoJumps(page, svg);
        }
    }

    [Test]
    public void A_route_across_the_antimeridian_is_broken_at_the_edge_not_drawn_across_the_map()
    {
        // Tokyo to Seattle: the shortest way crosses the Pacific and the world map's edge at ±180°.
        var tokyo = new GeoPoint(35.68, 139.69);
        var html = MapPages.Html(new MapRenderer(SimplifiedBoundaries.Shipped).Render(new MapRequest(
            "map-figure", MapScope.World, "Karta", "Tokyo och Seattle",
            [
                new MapMarker(tokyo, "tokyo.html", "Tokyo", MarkerKind.Home),
                new MapMarker(new GeoPoint(47.61, -122.33), "seattle.html", "Seattle, USA, aktiv", MarkerKind.Partner, RelationshipStatus.Active),
            ],
            "list", MapShapeTests.Labels, Origin: tokyo, Width: 960)));
        var svg = HtmlPages.Parse(html).QuerySelector("svg.map__base")!;
        var route = svg.QuerySelector("path.map__route");
        Assert.That(route, Is.Not.Null);
        Assert.That(MapPages.Subpaths(route!.GetAttribute("d")!), Has.Count.EqualTo(2), "two pieces, one on each edge");
        AssertNoJumps("Tokyo–Seattle", svg);
    }
}
