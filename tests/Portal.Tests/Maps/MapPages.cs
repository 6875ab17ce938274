using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Portal.Maps;
using Portal.Templates;
using Portal.Tests.Templates;

namespace Portal.Tests.Maps;

/// <summary>What a built site's pages say about their maps: which pages have one, the figure's markup, its markers.</summary>
public static partial class MapPages
{
    /// <summary>A map's markup, as the theme's <c>map</c> component writes it around the drawn geometry.</summary>
    public static string Html(MapFigure? figure, TemplateRenderer? templates = null, string language = "sv") =>
        (templates ?? ShippedTheme.Templates).RenderComponent("map", language, new Dictionary<string, object?> { ["figure"] = figure }).Value;

    /// <summary>The kinds of page that show a map, by site path (language prefix "en/" allowed).</summary>
    public enum Kind { Home, Country, Municipality, Relationship, Network, Other }

    public static Kind KindOf(string sitePath)
    {
        var path = sitePath.StartsWith("en/", StringComparison.Ordinal) ? sitePath[3..] : sitePath;
        return path switch
        {
            "index.html" => Kind.Home,
            _ when Regex.IsMatch(path, "^lander/[a-z]{2}\\.html$") => Kind.Country,
            _ when Regex.IsMatch(path, "^kommuner/[^/]+\\.html$") && path != "kommuner/index.html" => Kind.Municipality,
            _ when Regex.IsMatch(path, "^samarbeten/[^/]+/[^/]+\\.html$") && !path.EndsWith("/index.html", StringComparison.Ordinal) => Kind.Relationship,
            _ when Regex.IsMatch(path, "^natverk/[^/]+\\.html$") && path != "natverk/index.html" => Kind.Network,
            _ => Kind.Other,
        };
    }

    /// <summary>Whether a site path is a relationship page (samarbeten/&lt;m&gt;/&lt;slug&gt;.html, any language).</summary>
    public static bool IsRelationshipPage(string sitePath) => KindOf(sitePath) == Kind.Relationship;

    /// <summary>The id of the list a group of markers should link to on each kind of page.</summary>
    public static string[] ListIdsFor(Kind kind) => kind switch
    {
        Kind.Home => ["countries-table"],
        Kind.Country or Kind.Municipality => ["relationships-heading"],
        Kind.Relationship => ["facts-list"],
        Kind.Network => ["members-heading", "places-heading"],
        _ => [],
    };

    /// <summary>Every html page of an output folder, as site paths.</summary>
    /// <summary>A site the map fixtures run on: the demo, or "medium" (generated, with tight clusters and far partners).</summary>
    public static BuildRun Site(string name) => name == "demo" ? DemoSite.Get() : SyntheticSites.Medium;

    public static IReadOnlyList<string> Pages(string outputDirectory) =>
        Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The raw markup of every map figure of a page's text, as written.</summary>
    public static IReadOnlyList<string> FigureMarkup(string html) =>
        FigurePattern().Matches(html).Select(m => m.Value).ToList();

    [GeneratedRegex("<figure\\s+class=\"map[\\s\"][\\s\\S]*?</figure>")]
    private static partial Regex FigurePattern();

    public static IElement? Figure(IHtmlDocument document) => document.QuerySelector("figure.map");

    public static IReadOnlyList<IElement> Markers(IElement figure) => figure.QuerySelectorAll("svg.map__markers a.map__marker").ToList();

    public static bool IsGroup(IElement marker) => marker.ClassList.Contains("map__marker--group");

    /// <summary>The status or kind modifier of a marker: active, sporadic, dormant, ended, home, seat, group.</summary>
    public static string ModifierOf(IElement marker) =>
        marker.ClassList.Single(c => c.StartsWith("map__marker--", StringComparison.Ordinal))["map__marker--".Length..];

    public static bool IsPartner(IElement marker) => ModifierOf(marker) is "active" or "sporadic" or "dormant" or "ended";

    /// <summary>The count a group's accessible name starts with.</summary>
    public static int GroupCount(IElement group)
    {
        var match = Regex.Match(group.GetAttribute("aria-label") ?? string.Empty, "^\\s*(\\d+)\\b");
        Assert.That(match.Success, Is.True, $"a group's aria-label should start with its count: '{group.GetAttribute("aria-label")}'");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The distinct relationship pages the tables in a page's main element link to, as site paths.</summary>
    public static IReadOnlySet<string> RelationshipLinksInTables(IHtmlDocument document, string sitePath) =>
        document.QuerySelectorAll("main table a[href*='samarbeten/']")
            .Select(a => HtmlPages.ResolveRelative(sitePath, a.GetAttribute("href")!))
            .Where(p => p is not null && IsRelationshipPage(p))
            .Select(p => p!)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The names shown in the tables for each relationship page they link to.</summary>
    public static IReadOnlyDictionary<string, string> RelationshipNamesInTables(IHtmlDocument document, string sitePath)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in document.QuerySelectorAll("main table a[href*='samarbeten/']"))
        {
            var path = HtmlPages.ResolveRelative(sitePath, a.GetAttribute("href")!);
            if (path is not null && IsRelationshipPage(path))
            {
                names[path] = a.TextContent.Trim();
            }
        }

        return names;
    }

    /// <summary>The points of each subpath of an SVG path made of M and line-to coordinates ("M1,2 3,4 L5,6").</summary>
    public static IReadOnlyList<IReadOnlyList<(double X, double Y)>> Subpaths(string d)
    {
        var result = new List<IReadOnlyList<(double X, double Y)>>();
        foreach (Match part in Regex.Matches(d, "M[^M]*"))
        {
            var numbers = Regex.Matches(part.Value, "-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?")
                .Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            Assert.That(numbers.Count % 2, Is.Zero, $"odd number of coordinates in '{part.Value}'");
            result.Add(Enumerable.Range(0, numbers.Count / 2).Select(i => (numbers[2 * i], numbers[(2 * i) + 1])).ToList());
        }

        return result;
    }

    /// <summary>The width of the figure's SVG viewBox.</summary>
    public static double ViewBoxWidth(IElement svg) =>
        double.Parse(svg.GetAttribute("viewBox")!.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2], CultureInfo.InvariantCulture);
}
