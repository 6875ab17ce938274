namespace Portal.Geography;

/// <summary>The TopoJSON geometry types <see cref="TopoJsonReader"/> reads.</summary>
public enum TopologyGeometryType
{
    Polygon,
    MultiPolygon,
}
