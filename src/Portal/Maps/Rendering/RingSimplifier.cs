using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Portal.Maps.Rendering;

/// <summary>
/// Douglas-Peucker on each ring of a polygonal geometry, dropping rings that collapse. Unlike NTS's
/// <see cref="DouglasPeuckerSimplifier"/>, it never tests the result's validity (which that class does even when told
/// not to repair it): a map draws the rings as they are, and the test cost as much as the simplification.
/// </summary>
public static class RingSimplifier
{
    public static MultiPolygon Simplify(Geometry polygonal, double tolerance)
    {
        var factory = polygonal.Factory;
        var polygons = new List<Polygon>(polygonal.NumGeometries);
        for (var i = 0; i < polygonal.NumGeometries; i++)
        {
            if (polygonal.GetGeometryN(i) is not Polygon polygon || polygon.IsEmpty || Ring(polygon.ExteriorRing, tolerance) is not { } shell)
            {
                continue;
            }

            var holes = polygon.InteriorRings.Select(hole => Ring(hole, tolerance)).OfType<Coordinate[]>().Select(factory.CreateLinearRing);
            polygons.Add(factory.CreatePolygon(factory.CreateLinearRing(shell), holes.ToArray()));
        }

        return factory.CreateMultiPolygon(polygons.ToArray());
    }

    /// <summary>The simplified ring, or null when fewer than four points (a triangle, closed) are left.</summary>
    private static Coordinate[]? Ring(LineString ring, double tolerance)
    {
        // As NTS's simplifier treats a ring: its start is a point like any other, and may go.
        var points = DouglasPeuckerLineSimplifier.Simplify(ring.Coordinates, tolerance, false);
        return points.Length >= 4 ? points : null;
    }
}
