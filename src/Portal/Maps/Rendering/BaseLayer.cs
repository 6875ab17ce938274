using NetTopologySuite.Geometries;

namespace Portal.Maps.Rendering;

/// <summary>The part of a map that does not depend on its markers: the frame and the countries drawn in it.</summary>
public sealed record BaseLayer(MapFrame Frame, Envelope Extent, IReadOnlyList<ProjectedShape> Shapes)
{
    /// <summary>What the countries weigh in the page, in bytes: the rest of the map's budget is for its marks.</summary>
    public int Bytes { get; } = Shapes.Sum(s => s.PathData.Length + 40);
}
