using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Portal.Maps;
using Portal.Maps.Rendering;

namespace Portal.Tests.Maps;

/// <summary>
/// Status is told by shape and fill in the markup itself (filled circle, half-filled circle, hollow circle,
/// diamond), so it survives forced colours, print and a missing stylesheet, not by a class that only CSS reads.
/// </summary>
public sealed class MapShapeTests
{
    internal static readonly MapLabels Labels = new("{0} samarbeten nära varandra: {1}. Se listan.");

    private static readonly string[] Statuses = ["active", "sporadic", "dormant", "ended"];

    private Dictionary<string, IElement> _markers = [];

    [OneTimeSetUp]
    public void RenderOnePerStatus()
    {
        // Far apart, so none is grouped.
        var markers = new[]
        {
            new MapMarker(new GeoPoint(59.91, 10.75), "oslo.html", "Oslo, Norge, aktiv", MarkerKind.Partner, RelationshipStatus.Active),
            new MapMarker(new GeoPoint(40.42, -3.70), "madrid.html", "Madrid, Spanien, sporadisk", MarkerKind.Partner, RelationshipStatus.Sporadic),
            new MapMarker(new GeoPoint(37.98, 23.73), "aten.html", "Aten, Grekland, vilande", MarkerKind.Partner, RelationshipStatus.Dormant),
            new MapMarker(new GeoPoint(64.15, -21.94), "reykjavik.html", "Reykjavik, Island, avslutad", MarkerKind.Partner, RelationshipStatus.Ended),
        };
        var html = MapPages.Html(new MapRenderer(SimplifiedBoundaries.Shipped)
            .Render(new MapRequest("map-figure", MapScope.Markers, "Karta", "Fyra orter", markers, "list", Labels)));
        var figure = MapPages.Figure(HtmlPages.Parse(html))!;
        _markers = MapPages.Markers(figure).ToDictionary(MapPages.ModifierOf);
        Assert.That(_markers.Keys, Is.EquivalentTo(Statuses), html);
    }

    /// <summary>The drawn elements of a marker: everything but its title and its transparent hit area.</summary>
    private static List<IElement> Drawn(IElement marker) =>
        marker.Children.Where(c => c.LocalName != "title" && !c.ClassList.Contains("map__hit")).ToList();

    /// <summary>
    /// A marker's drawn elements without their coordinates and classes (which only a stylesheet reads): element
    /// names and every other attribute (fill, stroke …).
    /// </summary>
    private static string Signature(IElement marker) =>
        string.Join(" ", Drawn(marker).Select(e => e.LocalName + "[" + string.Join(",", e.Attributes
            .Where(a => a.Name is not ("class" or "cx" or "cy" or "r" or "x" or "y" or "width" or "height" or "d" or "points"))
            .Select(a => $"{a.Name}={a.Value}").Order(StringComparer.Ordinal)) + "]"));

    private static string DOf(IElement element) => element.GetAttribute("d") ?? string.Empty;

    [Test]
    public void The_four_statuses_draw_four_different_shapes()
    {
        var signatures = Statuses.ToDictionary(s => s, s => Signature(_markers[s]));
        Assert.That(signatures.Values.Distinct().Count(), Is.EqualTo(4), "the drawn markup of each status (without coordinates):\n" + string.Join("\n", signatures.Select(s => $"{s.Key}: {s.Value}")));
    }

    [Test]
    public void Active_is_a_single_filled_circle()
    {
        var drawn = Drawn(_markers["active"]);
        Assert.That(drawn.Select(e => e.LocalName), Is.EqualTo(new[] { "circle" }));
        Assert.That(drawn[0].GetAttribute("fill"), Is.Null.Or.Not.EqualTo("none"), "filled");
    }

    [Test]
    public void Sporadic_is_a_circle_with_a_filled_half()
    {
        var drawn = Drawn(_markers["sporadic"]);
        Assert.Multiple(() =>
        {
            Assert.That(drawn.Count(e => e.LocalName == "circle"), Is.EqualTo(1));
            var half = drawn.SingleOrDefault(e => e.LocalName == "path");
            Assert.That(half, Is.Not.Null, "a path for the half");
            Assert.That(DOf(half!), Does.Contain("A"), "the half is bounded by an arc");
        });
    }

    [Test]
    public void Dormant_is_a_hollow_circle_told_apart_from_active_in_the_markup()
    {
        var dormant = _markers["dormant"];
        var drawn = Drawn(dormant);
        Assert.Multiple(() =>
        {
            Assert.That(drawn.Select(e => e.LocalName), Does.Contain("circle"), "a circle");
            Assert.That(drawn.Any(e => e.LocalName == "path" && DOf(e).Contains('A')), Is.False, "no filled half");
            Assert.That(Signature(dormant), Is.Not.EqualTo(Signature(_markers["active"])),
                "a hollow circle must differ from active's filled circle in its markup (e.g. fill=\"none\"/a hollow shape), not only by the class on the link");
        });
    }

    [Test]
    public void Ended_is_a_diamond()
    {
        var drawn = Drawn(_markers["ended"]);
        Assert.That(drawn.Select(e => e.LocalName), Is.EqualTo(new[] { "path" }));
        var points = MapPages.Subpaths(DOf(drawn[0])).Single();
        Assert.That(points, Has.Count.EqualTo(4), "four corners");
        var xs = points.Select(p => p.X).ToList();
        var ys = points.Select(p => p.Y).ToList();
        var (cx, cy) = ((xs.Max() + xs.Min()) / 2, (ys.Max() + ys.Min()) / 2);
        Assert.Multiple(() =>
        {
            // A diamond: the corners are straight above, right of, below and left of the centre.
            Assert.That(points.Count(p => Math.Abs(p.X - cx) < 0.11), Is.EqualTo(2), "top and bottom corners");
            Assert.That(points.Count(p => Math.Abs(p.Y - cy) < 0.11), Is.EqualTo(2), "left and right corners");
            Assert.That(Regex.IsMatch(DOf(drawn[0]), "[Zz]\\s*$"), Is.True, "closed");
        });
    }

    [Test]
    public void The_legend_keys_draw_the_same_shapes_as_the_markers()
    {
        var html = MapPages.Html(new MapRenderer(SimplifiedBoundaries.Shipped).Render(new MapRequest(
            "map-figure", MapScope.Markers, "Karta", "Fyra orter",
            [
                new MapMarker(new GeoPoint(59.91, 10.75), "a.html", "A", MarkerKind.Partner, RelationshipStatus.Active),
                new MapMarker(new GeoPoint(40.42, -3.70), "b.html", "B", MarkerKind.Partner, RelationshipStatus.Sporadic),
                new MapMarker(new GeoPoint(37.98, 23.73), "c.html", "C", MarkerKind.Partner, RelationshipStatus.Dormant),
                new MapMarker(new GeoPoint(64.15, -21.94), "d.html", "D", MarkerKind.Partner, RelationshipStatus.Ended),
            ],
            "list", Labels)));
        var legend = HtmlPages.Parse(html).QuerySelector("figcaption.map__legend")!;
        foreach (var status in Statuses)
        {
            var key = legend.QuerySelector($"svg.map__marker--{status}");
            Assert.That(key, Is.Not.Null, status);
            Assert.That(Signature(key!), Is.EqualTo(Signature(_markers[status])), status);
        }
    }

    /// <summary>
    /// Every map of the demo site explains each kind of mark it shows, in the legend's fixed order (the home
    /// municipality, network seats, the statuses from active to ended, groups). A group's places count too: their
    /// statuses are in the legend though the group is drawn as one mark.
    /// </summary>
    [Test]
    public void On_the_demo_site_each_legend_names_the_kinds_of_mark_its_map_shows_in_order()
    {
        var problems = new List<string>();
        var maps = 0;
        foreach (var page in DemoSite.Pages())
        {
            foreach (var figure in DemoSite.Page(page).QuerySelectorAll("figure.map"))
            {
                maps++;
                var shown = figure.QuerySelectorAll("svg.map__markers a.map__marker").Select(KindOf).ToHashSet(StringComparer.Ordinal);
                var legend = figure.QuerySelectorAll("figcaption.map__legend svg.map__key").Select(KindOf).ToList();
                if (!legend.SequenceEqual(LegendOrder.Where(legend.Contains)) || !shown.IsSubsetOf(legend) || shown.Contains("group") != legend.Contains("group"))
                {
                    problems.Add($"{page}#{figure.Id}: legend [{string.Join(", ", legend)}], marks [{string.Join(", ", shown)}]");
                }
            }
        }

        Assert.That(maps, Is.GreaterThan(100));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void A_legend_names_no_kind_of_mark_the_map_does_not_have()
    {
        var html = MapPages.Html(new MapRenderer(SimplifiedBoundaries.Shipped).Render(new MapRequest(
            "map-figure", MapScope.Markers, "Karta", "Två orter och hemkommunen",
            [
                new MapMarker(new GeoPoint(59.19, 17.98), "huddinge.html", "Huddinge", MarkerKind.Home, null),
                new MapMarker(new GeoPoint(40.42, -3.70), "b.html", "B", MarkerKind.Partner, RelationshipStatus.Ended),
                new MapMarker(new GeoPoint(37.98, 23.73), "c.html", "C", MarkerKind.Partner, RelationshipStatus.Sporadic),
            ],
            "list", Labels)));
        var legend = HtmlPages.Parse(html).QuerySelectorAll("figcaption.map__legend svg.map__key").Select(KindOf);
        Assert.That(legend, Is.EqualTo(new[] { "home", "sporadic", "ended" }));
    }

    private static readonly string[] LegendOrder = ["home", "seat", .. Statuses, "group"];

    private static string KindOf(IElement element) =>
        element.ClassList.Single(c => c.StartsWith("map__marker--", StringComparison.Ordinal))["map__marker--".Length..];

    [Test]
    public void On_the_demo_site_each_status_always_has_its_own_drawing()
    {
        var byStatus = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var page in DemoSite.Pages())
        {
            if (MapPages.Figure(DemoSite.Page(page)) is not { } figure)
            {
                continue;
            }

            foreach (var marker in MapPages.Markers(figure).Where(MapPages.IsPartner))
            {
                var modifier = MapPages.ModifierOf(marker);
                if (!byStatus.TryGetValue(modifier, out var set))
                {
                    byStatus[modifier] = set = [];
                }

                set.Add(Signature(marker));
            }
        }

        Assert.Multiple(() =>
        {
            foreach (var (status, signatures) in byStatus)
            {
                Assert.That(signatures, Has.Count.EqualTo(1), $"{status} drawn one way");
                Assert.That(signatures.Single(), Is.EqualTo(Signature(_markers[status])), status);
            }
        });
    }
}
