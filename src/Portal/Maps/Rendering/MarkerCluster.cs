using NetTopologySuite.Geometries;

namespace Portal.Maps.Rendering;

/// <summary>One marker, or several that would overlap at the map's scale, at a pixel position.</summary>
public sealed record MarkerCluster(Coordinate Pixel, IReadOnlyList<MapMarker> Markers)
{
    public bool IsGroup => Markers.Count > 1;
}
