namespace Portal.Geography;

/// <summary>A polygon of a topology: its exterior ring first, then its holes.</summary>
public sealed record TopologyPolygon(IReadOnlyList<TopologyRing> Rings);
