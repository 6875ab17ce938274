using AngleSharp.Dom;

namespace Portal.Tests.Maps;

/// <summary>
/// The maps of the demo site as a keyboard or screen-reader user meets them: every marker a link with a name,
/// leading to a page of the site (or, for a group, to the list beside the map), and the base map named by its
/// title and description.
/// </summary>
public sealed class MapLinkTests
{
    private IReadOnlyList<string> _pages = [];

    [OneTimeSetUp]
    public void BuildDemo()
    {
        Assert.That(DemoSite.Get().Errors, Is.Empty, DemoSite.Get().Report);
        _pages = DemoSite.Pages();
    }

    /// <summary>Every kind of page that can show a map.</summary>
    private static readonly MapPages.Kind[] KindsWithMaps = [.. Enum.GetValues<MapPages.Kind>().Where(k => k != MapPages.Kind.Other)];

    private IEnumerable<string> PagesOf(MapPages.Kind kind) => _pages.Where(p => MapPages.KindOf(p) == kind);

    [TestCase(MapPages.Kind.Home)]
    [TestCase(MapPages.Kind.Country)]
    [TestCase(MapPages.Kind.Municipality)]
    [TestCase(MapPages.Kind.Relationship)]
    public void Every_page_of_the_kind_has_one_map(MapPages.Kind kind)
    {
        var pages = PagesOf(kind).ToList();
        Assert.That(pages, Is.Not.Empty);
        var without = pages.Where(p => DemoSite.Page(p).QuerySelectorAll("figure.map").Length != 1).ToList();
        Assert.That(without, Is.Empty, "pages without exactly one map figure");
    }

    [Test]
    public void Network_pages_with_members_places_or_a_seat_have_a_map()
    {
        var withMap = PagesOf(MapPages.Kind.Network).Where(p => MapPages.Figure(DemoSite.Page(p)) is not null).ToList();
        Assert.That(withMap, Is.Not.Empty);
        foreach (var page in PagesOf(MapPages.Kind.Network))
        {
            var document = DemoSite.Page(page);
            var hasContent = document.GetElementById("members-heading") is not null || document.GetElementById("places-heading") is not null;
            if (hasContent)
            {
                Assert.That(MapPages.Figure(document), Is.Not.Null, $"{page} lists members or places but has no map");
            }
        }
    }

    [TestCaseSource(nameof(KindsWithMaps))]
    public void The_figure_and_its_two_layers_are_labelled(MapPages.Kind kind)
    {
        foreach (var page in PagesOf(kind))
        {
            var document = DemoSite.Page(page);
            if (MapPages.Figure(document) is not { } figure)
            {
                continue;
            }

            Assert.Multiple(() =>
            {
                Assert.That(figure.Id, Is.EqualTo("map-figure"), page);
                Assert.That(figure.ClassList, Does.Contain("map"), page);
                Assert.That(figure.ClassList.Any(c => c.StartsWith("map--", StringComparison.Ordinal)), Is.True, page);
                Assert.That(figure.Children.FirstOrDefault(c => c.LocalName == "figcaption" && c.ClassList.Contains("map__legend")), Is.Not.Null, $"{page}: legend");

                var baseSvg = figure.QuerySelector("div.map__canvas > svg.map__base");
                var markerSvg = figure.QuerySelector("div.map__canvas > svg.map__markers");
                Assert.That(baseSvg, Is.Not.Null, $"{page}: base svg");
                Assert.That(markerSvg, Is.Not.Null, $"{page}: marker svg");
                if (baseSvg is null || markerSvg is null)
                {
                    return;
                }

                Assert.That(baseSvg.GetAttribute("role"), Is.EqualTo("img"), page);
                var ids = (baseSvg.GetAttribute("aria-labelledby") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Assert.That(ids, Has.Length.EqualTo(2), $"{page}: aria-labelledby names the title and the description");
                foreach (var id in ids)
                {
                    var target = document.GetElementById(id);
                    Assert.That(target, Is.Not.Null, $"{page}: aria-labelledby id '{id}' exists");
                    Assert.That(target?.TextContent.Trim(), Is.Not.Empty, $"{page}: '{id}' has text");
                }

                Assert.That(baseSvg.QuerySelector("title")?.TextContent.Trim(), Is.Not.Empty, $"{page}: base title");
                Assert.That(markerSvg.GetAttribute("role"), Is.EqualTo("group"), page);
                Assert.That(markerSvg.GetAttribute("aria-label")?.Trim(), Is.Not.Empty, $"{page}: marker layer name");
                Assert.That(markerSvg.GetAttribute("viewBox"), Is.EqualTo(baseSvg.GetAttribute("viewBox")), $"{page}: the layers share a viewBox");
                Assert.That(baseSvg.QuerySelectorAll("a"), Is.Empty, $"{page}: no links inside role=img");
            });
        }
    }

    [TestCaseSource(nameof(KindsWithMaps))]
    public void Every_marker_is_a_named_link_to_a_page_of_the_site_or_to_the_list_beside_the_map(MapPages.Kind kind)
    {
        var checkedMarkers = 0;
        foreach (var page in PagesOf(kind))
        {
            var document = DemoSite.Page(page);
            if (MapPages.Figure(document) is not { } figure)
            {
                continue;
            }

            var markers = MapPages.Markers(figure);
            Assert.That(markers, Is.Not.Empty, $"{page}: a map with no marker");
            foreach (var marker in markers)
            {
                checkedMarkers++;
                CheckMarker(page, document, marker, kind);
            }
        }

        Assert.That(checkedMarkers, Is.Positive);
    }

    private static void CheckMarker(string page, AngleSharp.Html.Dom.IHtmlDocument document, IElement marker, MapPages.Kind kind)
    {
        var label = marker.GetAttribute("aria-label");
        var href = marker.GetAttribute("href");
        var where = $"{page}: marker '{label}' → '{href}'";
        Assert.Multiple(() =>
        {
            Assert.That(label?.Trim(), Is.Not.Null.And.Not.Empty, where);
            Assert.That(href, Is.Not.Null.And.Not.Empty, where);
            Assert.That(marker.QuerySelector("title")?.TextContent, Is.EqualTo(label), $"{where}: title repeats the name");
        });
        if (string.IsNullOrEmpty(href))
        {
            return;
        }

        if (MapPages.IsGroup(marker))
        {
            Assert.That(href, Does.StartWith("#"), where);
            var id = href[1..];
            Assert.Multiple(() =>
            {
                Assert.That(document.GetElementById(id), Is.Not.Null, $"{where}: the group's target exists on the page");
                Assert.That(MapPages.ListIdsFor(kind), Does.Contain(id), $"{where}: groups link to the list beside the map");
                var count = MapPages.GroupCount(marker);
                Assert.That(count, Is.GreaterThanOrEqualTo(2), where);
                Assert.That(marker.QuerySelector("text")?.TextContent.Trim(), Is.EqualTo(count.ToString(System.Globalization.CultureInfo.InvariantCulture)), $"{where}: the visible count");
            });
            return;
        }

        Assert.That(href, Does.Not.Contain(":").And.Not.StartWith("/").And.Not.StartWith("#"), $"{where}: a relative page link");
        var target = HtmlPages.ResolveRelative(page, href);
        Assert.That(target, Is.Not.Null, where);
        Assert.Multiple(() =>
        {
            Assert.That(DemoSite.Get().Exists(target!), Is.True, $"{where}: {target} exists");
            var targetKind = MapPages.KindOf(target!);
            var modifier = MapPages.ModifierOf(marker);
            var expectedKind = modifier switch
            {
                "home" => MapPages.Kind.Municipality,
                "seat" => MapPages.Kind.Network,
                _ => MapPages.Kind.Relationship,
            };
            Assert.That(targetKind, Is.EqualTo(expectedKind), $"{where}: a {modifier} marker leads to a {expectedKind} page");
            Assert.That(target!.StartsWith("en/", StringComparison.Ordinal), Is.EqualTo(page.StartsWith("en/", StringComparison.Ordinal)), $"{where}: stays in the page's language");
        });
    }

    [Test]
    public void A_relationship_page_s_locator_marks_that_relationship()
    {
        foreach (var page in PagesOf(MapPages.Kind.Relationship))
        {
            var figure = MapPages.Figure(DemoSite.Page(page))!;
            var markers = MapPages.Markers(figure);
            Assert.That(markers, Has.Count.EqualTo(1), page);
            Assert.That(HtmlPages.ResolveRelative(page, markers[0].GetAttribute("href")!), Is.EqualTo(page), page);
        }
    }
}
