using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using NetTopologySuite.Geometries;
using Portal.Model;

namespace Portal.Maps.Rendering;

/// <summary>
/// Writes a map as a figure of two SVG layers of the same size: the base map (role="img", with a title and a
/// description) and above it the markers, each a link with an accessible name that keyboard users can reach.
/// Links cannot live inside role="img" (its children are presentational), hence the two layers.
/// </summary>
public static class MapSvgWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>No map may weigh more than this in the page (bytes); marks are grouped until it fits.</summary>
    public const int Budget = 80 * 1024;

    /// <summary>About what one mark (a link with its name, hit area and shape) costs, in bytes.</summary>
    public const int BytesPerMark = 300;

    /// <summary>A group names at most this many of its places; the list beside the map has them all.</summary>
    public const int NamesInGroupLabel = 5;

    public static RenderedMap Write(MapRequest request, BaseLayer layer, IReadOnlyList<MarkerCluster> clusters, IReadOnlyList<string> routes)
    {
        var frame = layer.Frame;
        var size = $"viewBox=\"0 0 {frame.Width} {frame.Height}\" width=\"{frame.Width}\" height=\"{frame.Height}\"";
        var html = new StringBuilder();
        html.Append($"<figure class=\"map map--{request.Scope.ToString().ToLowerInvariant()}\" id=\"{request.Id}\">");
        html.Append("<div class=\"map__canvas\">");

        html.Append($"<svg class=\"map__base\" {size} role=\"img\" aria-labelledby=\"{request.Id}-title {request.Id}-desc\">");
        html.Append($"<title id=\"{request.Id}-title\">{Encode(request.Title)}</title>");
        html.Append($"<desc id=\"{request.Id}-desc\">{Encode(request.Description)}</desc>");
        html.Append($"<rect class=\"map__sea\" width=\"{frame.Width}\" height=\"{frame.Height}\"/>");
        var land = string.Concat(layer.Shapes.Where(s => s.Country != request.Country).Select(s => s.PathData));
        if (land.Length > 0)
        {
            html.Append($"<path class=\"map__land\" d=\"{land}\"/>");
        }

        foreach (var focus in layer.Shapes.Where(s => s.Country == request.Country))
        {
            html.Append($"<path class=\"map__land map__land--focus\" d=\"{focus.PathData}\"/>");
        }

        foreach (var route in routes.Where(r => r.Length > 0))
        {
            html.Append($"<path class=\"map__route\" d=\"{route}\"/>");
        }

        html.Append("</svg>");

        html.Append($"<svg class=\"map__markers\" {size} role=\"group\" aria-label=\"{Encode(request.Labels.MarkersGroup)}\">");
        foreach (var cluster in clusters.OrderBy(c => c.Pixel.Y).ThenBy(c => c.Pixel.X))
        {
            html.Append(cluster.IsGroup ? Group(cluster, request) : Marker(cluster.Markers[0], cluster.Pixel));
        }

        html.Append("</svg></div>");
        html.Append(Legend(request, clusters));
        html.Append("</figure>");
        return new RenderedMap(html.ToString());
    }

    private static string Marker(MapMarker marker, Coordinate at)
    {
        var kind = marker.Kind == MarkerKind.Partner ? KebabName.Of(marker.Status ?? RelationshipStatus.Active) : marker.Kind.ToString().ToLowerInvariant();
        return $"<a href=\"{Encode(marker.Href)}\" class=\"map__marker map__marker--{kind}\" aria-label=\"{Encode(marker.Label)}\">"
            + $"<title>{Encode(marker.Label)}</title>"
            + $"<circle class=\"map__hit\" cx=\"{N(at.X)}\" cy=\"{N(at.Y)}\" r=\"12\"/>"
            + Shape(kind, at.X, at.Y, 6)
            + "</a>";
    }

    private static string Group(MarkerCluster cluster, MapRequest request)
    {
        var names = string.Join(", ", cluster.Markers.Take(NamesInGroupLabel).Select(m => m.Label.Split(',')[0]))
            + (cluster.Markers.Count > NamesInGroupLabel ? " …" : string.Empty);
        var label = string.Format(CultureInfo.InvariantCulture, request.Labels.GroupOf, cluster.Markers.Count, names);
        var at = cluster.Pixel;
        var count = cluster.Markers.Count.ToString(CultureInfo.InvariantCulture);
        return $"<a href=\"#{request.ListId}\" class=\"map__marker map__marker--group\" aria-label=\"{Encode(label)}\">"
            + $"<title>{Encode(label)}</title>"
            + $"<circle class=\"map__group\" cx=\"{N(at.X)}\" cy=\"{N(at.Y)}\" r=\"{(count.Length > 1 ? 12 : 10)}\"/>"
            + $"<text x=\"{N(at.X)}\" y=\"{N(at.Y + 4)}\" text-anchor=\"middle\">{count}</text>"
            + "</a>";
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

    private static string Legend(MapRequest request, IReadOnlyList<MarkerCluster> clusters)
    {
        var markers = clusters.SelectMany(c => c.Markers).ToList();
        var entries = new List<(string Kind, string Text)>();
        if (markers.Any(m => m.Kind == MarkerKind.Home))
        {
            entries.Add(("home", request.Labels.Home));
        }

        if (markers.Any(m => m.Kind == MarkerKind.Seat))
        {
            entries.Add(("seat", request.Labels.Seat));
        }

        foreach (var status in Enum.GetValues<RelationshipStatus>().Where(s => markers.Any(m => m.Kind == MarkerKind.Partner && m.Status == s)))
        {
            entries.Add((KebabName.Of(status), request.Labels.Statuses[status]));
        }

        var legend = new StringBuilder($"<figcaption class=\"map__legend\"><span class=\"map__legend-title\">{Encode(request.Labels.Legend)}</span><ul>");
        foreach (var (kind, text) in entries)
        {
            legend.Append($"<li><svg class=\"map__key map__marker--{kind}\" viewBox=\"0 0 20 20\" width=\"20\" height=\"20\" aria-hidden=\"true\">{Shape(kind, 10, 10, 6)}</svg>{Encode(text)}</li>");
        }

        if (clusters.Any(c => c.IsGroup))
        {
            legend.Append($"<li><svg class=\"map__key map__marker--group\" viewBox=\"0 0 20 20\" width=\"20\" height=\"20\" aria-hidden=\"true\"><circle class=\"map__group\" cx=\"10\" cy=\"10\" r=\"8\"/></svg>{Encode(request.Labels.GroupLegend)}</li>");
        }

        return legend.Append("</ul></figcaption>").ToString();
    }

    private static string N(double value) => SvgPath.Number(value);

    private static string Encode(string text) => Encoder.Encode(text);
}
