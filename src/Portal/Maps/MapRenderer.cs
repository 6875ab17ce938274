using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.InteropServices;
using NetTopologySuite.Geometries;
using Portal.Maps.Planar;
using Portal.Maps.Rendering;

namespace Portal.Maps;

/// <summary>
/// Draws maps as accessible SVG at build time: no script, no tiles, no request outside the site. Base layers
/// (frame and countries) are computed once per extent and shared between pages, so a country's relationship
/// pages reuse its country map.
/// </summary>
public sealed class MapRenderer(SimplifiedBoundaries boundaries)
{
    private readonly ConcurrentDictionary<string, Lazy<BaseLayer>> _baseLayers = new(StringComparer.Ordinal);

    /// <summary>Each country's <see cref="MapExtent.MainParts"/>, measured once for all its pages' maps.</summary>
    private readonly ConcurrentDictionary<string, Envelope> _mainParts = new(StringComparer.Ordinal);

    /// <param name="keepInView">An envelope (degrees) the map must show besides its markers: all of a country's partners,
    /// so that every map of the country shares one frame and one base layer.</param>
    public MapFigure Render(MapRequest request, Envelope? keepInView = null)
    {
        var layer = BaseLayerFor(request, keepInView ?? MapExtent.EnvelopeOf(request.Markers.Select(m => m.Location)));
        var frame = layer.Frame;
        var placed = request.Markers
            .Select(m => (Marker: m, Pixel: frame.ToPixel(m.Location.Longitude, m.Location.Latitude)))
            .ToList();

        // Only partners are grouped: the municipality itself and a network's seat keep their own marks and links.
        var perMark = MapSvgWriter.BytesPerMark + (request.Origin is null ? 0 : RouteBytes);
        var maxMarks = Math.Clamp((MapSvgWriter.Budget - layer.Bytes - 8_000) / perMark, 12, MarkerClusterer.MaxMarks);
        var partners = MarkerClusterer.Cluster(placed.Where(p => p.Marker.Kind == MarkerKind.Partner).ToList(), maxMarks);
        var others = placed.Where(p => p.Marker.Kind != MarkerKind.Partner).Select(p => new MarkerCluster(p.Pixel, [p.Marker]));
        var routes = request.Origin is { } origin
            ? partners.Select(c => RoutePath(frame, origin, Centre(c))).ToList()
            : [];
        return MapSvgWriter.Write(request, layer, [.. partners, .. others], routes);
    }

    private BaseLayer BaseLayerFor(MapRequest request, Envelope keepInView)
    {
        var extent = request.Scope switch
        {
            MapScope.World => MapExtent.World,
            MapScope.Country when request.Country is not null && boundaries.Originals.TryGetValue(request.Country, out var boundary) =>
                MapExtent.AroundCountry(_mainParts.GetOrAdd(request.Country, _ => MapExtent.MainParts(boundary)), keepInView),
            _ => MapExtent.AroundPoints(WithOrigin(keepInView, request.Origin)),
        };
        var key = string.Create(
            CultureInfo.InvariantCulture,
            $"{request.Scope}:{request.Width}:{extent.MinX:0.###}:{extent.MaxX:0.###}:{extent.MinY:0.###}:{extent.MaxY:0.###}");
        return _baseLayers.GetOrAdd(key, _ => new Lazy<BaseLayer>(() =>
        {
            var frame = MapFrame.Fit(extent, request.Width, world: request.Scope == MapScope.World);
            return new BaseLayer(frame, extent, CountryShapeProjector.Project(boundaries, frame, extent));
        })).Value;
    }

    private static Envelope WithOrigin(Envelope envelope, GeoPoint? origin)
    {
        var result = new Envelope(envelope);
        if (origin is not null)
        {
            result.ExpandToInclude(origin.Longitude, origin.Latitude);
        }

        return result;
    }

    /// <summary>About what one great-circle route costs in the page, in bytes.</summary>
    private const int RouteBytes = 160;

    /// <summary>Where a route to a mark goes: the place itself, or the middle of a group's places.</summary>
    private static GeoPoint Centre(MarkerCluster cluster) =>
        cluster.IsGroup
            ? new GeoPoint(cluster.Markers.Average(m => m.Location.Latitude), cluster.Markers.Average(m => m.Location.Longitude))
            : cluster.Markers[0].Location;

    /// <summary>A great-circle route in pixels, broken where it would jump across the map's edge.</summary>
    private static string RoutePath(MapFrame frame, GeoPoint from, GeoPoint to)
    {
        var parts = new List<List<PlanePoint>> { new() };
        PlanePoint? previous = null;
        foreach (var (lon, lat) in GreatCircle.Between(from, to))
        {
            var pixel = frame.PixelAt(lon, lat);
            if (previous is { } last && Math.Abs(pixel.X - last.X) > frame.Width / 2.0)
            {
                parts.Add([]);
            }

            parts[^1].Add(pixel);
            previous = pixel;
        }

        return string.Concat(parts.Where(p => p.Count > 1).Select(p => SvgPath.Line(CollectionsMarshal.AsSpan(p))));
    }
}
