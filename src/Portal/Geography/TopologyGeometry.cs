namespace Portal.Geography;

/// <summary>A polygonal geometry of a topology object: its polygons, as rings of arc indexes, and its identity.</summary>
/// <param name="Type">Polygon (exactly one entry in <paramref name="Polygons"/>) or MultiPolygon.</param>
/// <param name="Polygons">The polygons, each with its rings.</param>
/// <param name="Id">The geometry's <c>id</c> as text (a number is written as it appears), or <c>null</c>.</param>
/// <param name="Name">The geometry's <c>properties.name</c>, or <c>null</c>.</param>
public sealed record TopologyGeometry(
    TopologyGeometryType Type,
    IReadOnlyList<TopologyPolygon> Polygons,
    string? Id,
    string? Name);
