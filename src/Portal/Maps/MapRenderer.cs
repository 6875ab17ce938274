using System.Collections.Concurrent;
using System.Globalization;
using NetTopologySuite.Geometries;
using Portal.Maps.Rendering;
using Portal.Model;

namespace Portal.Maps;

/// <summary>
/// Draws maps as accessible SVG at build time: no script, no tiles, no request outside the site. Base layers
/// (frame and countries) are computed once per extent and shared between pages, so a country's relationship
/// pages reuse its country map.
/// </summary>
public sealed class MapRenderer(SimplifiedBoundaries boundaries)
{
    private readonly ConcurrentDictionary<string, Lazy<BaseLayer>> _baseLayers = new(StringComparer.Ordinal);

    public RenderedMap Render(MapRequest request, IReadOnlyList<GeoPoint>? keepInView = null)
    {
        var layer = BaseLayerFor(request, keepInView ?? request.Markers.Select(m => m.Location).ToList());
        var frame = layer.Frame;
        var placed = request.Markers
            .Select(m => (Marker: m, Pixel: frame.ToPixel(m.Location.Longitude, m.Location.Latitude)))
            .ToList();
        var clusters = MarkerClusterer.Cluster(placed);
        var routes = request.Origin is { } origin
            ? request.Markers.Where(m => m.Kind == MarkerKind.Partner).Select(m => RoutePath(frame, origin, m.Location)).ToList()
            : [];
        return MapSvgWriter.Write(request, layer, clusters, routes);
    }

    private BaseLayer BaseLayerFor(MapRequest request, IReadOnlyList<GeoPoint> keepInView)
    {
        var extent = request.Scope switch
        {
            MapScope.World => MapExtent.World,
            MapScope.Country when request.Country is not null && boundaries.Originals.TryGetValue(request.Country, out var boundary) =>
                MapExtent.AroundCountry(boundary, keepInView),
            _ => MapExtent.AroundPoints(keepInView.Concat(request.Origin is { } o ? [o] : [])),
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

    /// <summary>A great-circle route in pixels, broken where it would jump across the map's edge.</summary>
    private static string RoutePath(MapFrame frame, GeoPoint from, GeoPoint to)
    {
        var parts = new List<List<Coordinate>> { new() };
        Coordinate? previous = null;
        foreach (var (lon, lat) in GreatCircle.Between(from, to))
        {
            var pixel = frame.ToPixel(lon, lat);
            if (previous is not null && Math.Abs(pixel.X - previous.X) > frame.Width / 2.0)
            {
                parts.Add([]);
            }

            parts[^1].Add(pixel);
            previous = pixel;
        }

        return string.Concat(parts.Where(p => p.Count > 1).Select(SvgPath.Line));
    }
}
