using NetTopologySuite.Geometries;
using Portal.Maps.Planar;

namespace Portal.Maps.Rendering;

/// <summary>
/// Douglas-Peucker on each ring of a polygonal geometry, dropping rings that collapse, into arrays of plain points.
/// Unlike NTS's <c>DouglasPeuckerSimplifier</c>, it never tests the result's validity (which that class does even when
/// told not to repair it): a map draws the rings as they are, and the test cost as much as the simplification.
/// </summary>
public static class RingSimplifier
{
    /// <summary>Each thread's buffers, kept for the next ring: a large country's rings are too big to allocate anew.</summary>
    [ThreadStatic]
    private static (DouglasPeuckerRingSimplifier Simplifier, PointBuffer Original, PointBuffer Simplified)? _threadBuffers;

    public static IReadOnlyList<PlanePolygon> Simplify(Geometry polygonal, double tolerance)
    {
        var (simplifier, original, simplified) = _threadBuffers ??= (new DouglasPeuckerRingSimplifier(), new PointBuffer(), new PointBuffer());
        var polygons = new List<PlanePolygon>(polygonal.NumGeometries);
        for (var i = 0; i < polygonal.NumGeometries; i++)
        {
            if (polygonal.GetGeometryN(i) is not Polygon { IsEmpty: false } polygon || Ring(polygon.Shell) is not { } shell)
            {
                continue;
            }

            polygons.Add(new PlanePolygon(shell, polygon.Holes.Select(Ring).OfType<PlanePoint[]>().ToArray()));
        }

        return polygons;

        // A ring of fewer than four points (a triangle, closed) no longer encloses anything.
        PlanePoint[]? Ring(LinearRing ring)
        {
            PlanePolygon.Read(ring, original);
            simplifier.Simplify(original.Points, tolerance, simplified);
            return simplified.Count >= 4 ? simplified.ToArray() : null;
        }
    }
}
