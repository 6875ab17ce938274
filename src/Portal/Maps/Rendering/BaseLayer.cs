using NetTopologySuite.Geometries;

namespace Portal.Maps.Rendering;

/// <summary>The part of a map that does not depend on its markers: the frame and the countries drawn in it.</summary>
public sealed record BaseLayer(MapFrame Frame, Envelope Extent, IReadOnlyList<ProjectedShape> Shapes);
