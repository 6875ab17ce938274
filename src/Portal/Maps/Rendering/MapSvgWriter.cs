using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;
using Portal.Templates;

namespace Portal.Maps.Rendering;

/// <summary>
/// Draws a map's geometry for the theme's <c>map</c> component, which writes it as a figure of two SVG layers of the
/// same size: the base map (role="img", with a title and a description) and above it the marks, each a link with an
/// accessible name that keyboard users can reach. Links cannot live inside role="img" (its children are
/// presentational), hence the two layers.
/// </summary>
public static class MapSvgWriter
{
    /// <summary>No map may weigh more than this in the page (bytes); marks are grouped until it fits.</summary>
    public const int Budget = 80 * 1024;

    /// <summary>About what one mark (a link with its name, hit area and shape) costs, in bytes.</summary>
    public const int BytesPerMark = 300;

    /// <summary>A group names at most this many of its places; the list beside the map has them all.</summary>
    public const int NamesInGroupLabel = 5;

    public static MapFigure Write(MapRequest request, BaseLayer layer, IReadOnlyList<MarkerCluster> clusters, IReadOnlyList<string> routes)
    {
        var frame = layer.Frame;
        var drawing = layer.Drawing(request.Country);
        if (routes.Any(r => r.Length > 0))
        {
            var withRoutes = new StringBuilder(drawing, drawing.Length + routes.Sum(r => r.Length + 32));
            foreach (var route in routes.Where(r => r.Length > 0))
            {
                withRoutes.Append($"<path class=\"map__route\" d=\"{route}\"/>");
            }

            drawing = withRoutes.ToString();
        }

        var marks = clusters
            .OrderBy(c => c.Pixel.Y).ThenBy(c => c.Pixel.X)
            .Select(c => c.IsGroup ? Group(c, request) : Marker(c.Markers[0], c.Pixel))
            .ToList();
        return new MapFigure(
            request.Id,
            request.Scope.ToString().ToLowerInvariant(),
            frame.Width,
            frame.Height,
            request.Title,
            request.Description,
            new TrustedHtml(drawing),
            marks,
            Keys(clusters));
    }

    /// <summary>The sea and the countries, <paramref name="focus"/> (a country's code, if any) as a path of its own above the others.</summary>
    internal static string Background(BaseLayer layer, string? focus)
    {
        var frame = layer.Frame;
        var drawing = new StringBuilder(layer.Bytes + 200);
        drawing.Append($"<rect class=\"map__sea\" width=\"{frame.Width}\" height=\"{frame.Height}\"/>");

        // One path for all the land but the focus, written straight into the markup rather than joined first.
        var land = layer.Shapes.Where(s => s.Country != focus).ToList();
        if (land.Sum(s => s.PathData.Length) > 0)
        {
            drawing.Append("<path class=\"map__land\" d=\"");
            foreach (var shape in land)
            {
                drawing.Append(shape.PathData);
            }

            drawing.Append("\"/>");
        }

        foreach (var shape in layer.Shapes.Where(s => s.Country == focus))
        {
            drawing.Append($"<path class=\"map__land map__land--focus\" d=\"{shape.PathData}\"/>");
        }

        return drawing.ToString();
    }

    private static MapMark Marker(MapMarker marker, Coordinate at)
    {
        var kind = marker.Kind == MarkerKind.Partner ? KebabName.Of(marker.Status ?? RelationshipStatus.Active) : marker.Kind.ToString().ToLowerInvariant();
        return new MapMark(
            marker.Href,
            kind,
            marker.Label,
            new TrustedHtml($"<circle class=\"map__hit\" cx=\"{N(at.X)}\" cy=\"{N(at.Y)}\" r=\"12\"/>" + Shape(kind, at.X, at.Y, 6)));
    }

    private static MapMark Group(MarkerCluster cluster, MapRequest request)
    {
        var names = string.Join(", ", cluster.Markers.Take(NamesInGroupLabel).Select(m => m.Label.Split(',')[0]))
            + (cluster.Markers.Count > NamesInGroupLabel ? " …" : string.Empty);
        var label = string.Format(CultureInfo.InvariantCulture, request.Labels.GroupOf, cluster.Markers.Count, names);
        var at = cluster.Pixel;
        var count = cluster.Markers.Count.ToString(CultureInfo.InvariantCulture);
        return new MapMark(
            $"#{request.ListId}",
            "group",
            label,
            new TrustedHtml(
                $"<circle class=\"map__group\" cx=\"{N(at.X)}\" cy=\"{N(at.Y)}\" r=\"{(count.Length > 1 ? 12 : 10)}\"/>"
                + $"<text x=\"{N(at.X)}\" y=\"{N(at.Y + 4)}\" text-anchor=\"middle\">{count}</text>"));
    }

    /// <summary>The shape of each kind of mark; status is told by shape and fill, never by colour alone.</summary>
    public static string Shape(string kind, double x, double y, double r)
    {
        var (cx, cy) = (N(x), N(y));
        return kind switch
        {
            // Fill and stroke are also given as attributes, so the shapes differ without the stylesheet (print, forced colours).
            "active" => $"<circle class=\"map__shape\" fill=\"#0f6b2f\" stroke=\"#fff\" cx=\"{cx}\" cy=\"{cy}\" r=\"{N(r)}\"/>",
            "sporadic" => $"<circle class=\"map__shape\" fill=\"#fff\" stroke=\"#7a5200\" cx=\"{cx}\" cy=\"{cy}\" r=\"{N(r)}\"/><path class=\"map__half\" fill=\"#7a5200\" d=\"M{cx},{N(y - r)}A{N(r)},{N(r)} 0 0 0 {cx},{N(y + r)}Z\"/>",
            "dormant" => $"<circle class=\"map__shape\" fill=\"none\" stroke=\"#4a4a4a\" cx=\"{cx}\" cy=\"{cy}\" r=\"{N(r)}\"/>",
            "ended" => $"<path class=\"map__shape\" fill=\"none\" stroke=\"#a1261b\" d=\"M{cx},{N(y - r - 1)} {N(x + r + 1)},{cy} {cx},{N(y + r + 1)} {N(x - r - 1)},{cy}Z\"/>",
            "home" => $"<rect class=\"map__shape\" fill=\"#0b3d6b\" stroke=\"#fff\" x=\"{N(x - r)}\" y=\"{N(y - r)}\" width=\"{N(2 * r)}\" height=\"{N(2 * r)}\"/>",
            _ => $"<path class=\"map__shape\" fill=\"#5a2a82\" stroke=\"#fff\" d=\"M{cx},{N(y - r - 1)} {N(x + r + 1)},{N(y + r)} {N(x - r - 1)},{N(y + r)}Z\"/>",
        };
    }

    /// <summary>The legend's entries: one per kind of mark the map shows, in a fixed order.</summary>
    private static IReadOnlyList<MapKey> Keys(IReadOnlyList<MarkerCluster> clusters)
    {
        var (home, seat, group, statuses) = (false, false, false, 0);
        foreach (var cluster in clusters)
        {
            group |= cluster.IsGroup;
            foreach (var marker in cluster.Markers)
            {
                home |= marker.Kind == MarkerKind.Home;
                seat |= marker.Kind == MarkerKind.Seat;
                statuses |= marker.Kind == MarkerKind.Partner && marker.Status is { } status ? 1 << (int)status : 0;
            }
        }

        var keys = new List<MapKey>();
        if (home)
        {
            keys.Add(Legend.Home);
        }

        if (seat)
        {
            keys.Add(Legend.Seat);
        }

        keys.AddRange(Legend.Statuses.Where(s => (statuses & (1 << (int)s.Status)) != 0).Select(s => s.Key));
        if (group)
        {
            keys.Add(Legend.Group);
        }

        return keys;
    }

    /// <summary>Each legend entry, drawn once: they are the same on every map.</summary>
    private static class Legend
    {
        public static readonly MapKey Home = new("home", "map.home", new TrustedHtml(Shape("home", 10, 10, 6)));

        public static readonly MapKey Seat = new("seat", "map.seat", new TrustedHtml(Shape("seat", 10, 10, 6)));

        public static readonly (RelationshipStatus Status, MapKey Key)[] Statuses =
        [
            .. Enum.GetValues<RelationshipStatus>().Select(status => (status, new MapKey(KebabName.Of(status), $"status.{KebabName.Of(status)}", new TrustedHtml(Shape(KebabName.Of(status), 10, 10, 6))))),
        ];

        public static readonly MapKey Group = new("group", "map.group", new TrustedHtml("<circle class=\"map__group\" cx=\"10\" cy=\"10\" r=\"8\"/>"));
    }

    private static string N(double value) => SvgPath.Number(value);
}
