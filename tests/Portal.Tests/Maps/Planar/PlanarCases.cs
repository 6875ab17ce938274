using NetTopologySuite.Geometries;
using Portal.Geography;
using Portal.Maps.Planar;

namespace Portal.Tests.Maps.Planar;

/// <summary>Rings to test the planar units with, small ones by hand and real ones from the shipped boundaries, and NTS's forms of them.</summary>
internal static class PlanarCases
{
    public static readonly GeometryFactory Factory = new();

    public static PlanePoint[] Points(params (double X, double Y)[] points) => points.Select(p => new PlanePoint(p.X, p.Y)).ToArray();

    public static PlanePoint[] PointsOf(IEnumerable<Coordinate> coordinates) => coordinates.Select(c => new PlanePoint(c.X, c.Y)).ToArray();

    public static Coordinate[] CoordinatesOf(IEnumerable<PlanePoint> points) => points.Select(p => new Coordinate(p.X, p.Y)).ToArray();

    /// <summary>The points a unit writes into a buffer.</summary>
    public static PlanePoint[] Filled(Action<PointBuffer> fill)
    {
        var buffer = new PointBuffer();
        fill(buffer);
        return buffer.ToArray();
    }

    /// <summary>The points' ordinates as their bits, so that a comparison tells 0 from -0 and misses no last-bit difference.</summary>
    public static IEnumerable<(long X, long Y)> Bits(IEnumerable<PlanePoint> points) =>
        points.Select(p => (BitConverter.DoubleToInt64Bits(p.X), BitConverter.DoubleToInt64Bits(p.Y)));

    /// <summary>The shell of the country's largest polygon, as decoded and repaired (x longitude, y latitude).</summary>
    public static PlanePoint[] LargestShell(string alpha2)
    {
        var boundary = WorldCountries.Shipped.BoundaryOf(alpha2)!;
        var largest = Enumerable.Range(0, boundary.NumGeometries).Select(i => (Polygon)boundary.GetGeometryN(i)).MaxBy(p => p.Area)!;
        return PointsOf(largest.Shell.Coordinates);
    }

    /// <summary>Countries whose largest shell has many points, fjords, a cut at the antimeridian or lakes.</summary>
    public static readonly string[] Countries = ["NO", "RU", "CA", "ID", "GR", "CL", "FJ", "US"];
}
