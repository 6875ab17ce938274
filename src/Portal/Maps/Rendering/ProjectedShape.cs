namespace Portal.Maps.Rendering;

/// <summary>A country drawn on a map: its ISO code and its SVG path data in the map's pixels.</summary>
public sealed record ProjectedShape(string Country, string PathData);
