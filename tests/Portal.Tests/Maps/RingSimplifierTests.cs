using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;
using Portal.Geography;
using Portal.Maps.Planar;
using Portal.Maps.Rendering;
using Portal.Tests.Maps.Planar;

namespace Portal.Tests.Maps;

/// <summary>The maps' Douglas-Peucker, which skips the validity test NTS's simplifier always runs.</summary>
public sealed class RingSimplifierTests
{
    private static readonly GeometryFactory Factory = new();

    private static Polygon Polygon(params Coordinate[][] rings) =>
        Factory.CreatePolygon(Factory.CreateLinearRing(rings[0]), rings[1..].Select(Factory.CreateLinearRing).ToArray());

    private static Coordinate[] Ring(params (double X, double Y)[] points) => [.. points.Select(p => new Coordinate(p.X, p.Y)), new Coordinate(points[0].X, points[0].Y)];

    /// <summary>Each polygon as its rings, shell first, each as its points' bits.</summary>
    private static List<List<List<(long X, long Y)>>> Rings(IEnumerable<PlanePolygon> polygons) =>
        polygons.Select(p => new[] { p.Shell }.Concat(p.Holes).Select(r => PlanarCases.Bits(r).ToList()).ToList()).ToList();

    private static List<List<List<(long X, long Y)>>> Rings(Geometry polygonal) =>
        Rings(Enumerable.Range(0, polygonal.NumGeometries).Select(i => (Polygon)polygonal.GetGeometryN(i)).Select(p =>
            new PlanePolygon(PlanarCases.PointsOf(p.Shell.Coordinates), p.Holes.Select(h => PlanarCases.PointsOf(h.Coordinates)).ToArray())));

    [TestCase("NO", -4)]
    [TestCase("RU", -2)]
    [TestCase("FI", -5)]
    [TestCase("ID", 0)]
    [TestCase("CA", 1)]
    public void It_draws_what_NTS_draws_without_repairing_topology(string country, int level)
    {
        var boundary = WorldCountries.Shipped.BoundaryOf(country)!;
        var tolerance = Math.Pow(2, level);

        var ours = RingSimplifier.Simplify(boundary, tolerance);
        var theirs = new DouglasPeuckerSimplifier(boundary) { DistanceTolerance = tolerance, EnsureValidTopology = false }.GetResultGeometry();

        Assert.That(ours, Is.Not.Empty);
        Assert.That(Rings(ours), Is.EqualTo(Rings(theirs)), $"{country} at 2^{level}°: {ours.Sum(p => p.Shell.Length)} shell points against {theirs.NumPoints} points");
    }

    [Test]
    public void A_bump_under_the_tolerance_goes_and_one_over_it_stays()
    {
        var square = Polygon(Ring((0, 0), (5, 0.2), (10, 0), (10, 10), (5, 13), (0, 10)));

        var shell = RingSimplifier.Simplify(square, 1.0).Single().Shell;

        Assert.That(shell, Does.Not.Contain(new PlanePoint(5.0, 0.2)));
        Assert.That(shell, Does.Contain(new PlanePoint(5.0, 13.0)));
    }

    [Test]
    public void Rings_that_collapse_are_dropped_hole_and_island_alike()
    {
        var land = Polygon(Ring((0, 0), (10, 0), (10, 10), (0, 10)), Ring((4, 4), (4.3, 4), (4.3, 4.3)));
        var islet = Polygon(Ring((20, 20), (20.2, 20), (20.2, 20.2)));

        var simplified = RingSimplifier.Simplify(Factory.CreateMultiPolygon([land, islet]), 1.0);

        Assert.That(simplified, Has.Count.EqualTo(1), "the islet is gone");
        Assert.That(simplified[0].Holes, Is.Empty, "the lake is gone");
    }

    [Test]
    public void A_self_crossing_ring_is_kept_as_it_is_not_repaired()
    {
        var bowTie = Polygon(Ring((0, 0), (10, 10), (10, 0), (0, 10)));

        var simplified = RingSimplifier.Simplify(bowTie, 0.5);

        Assert.That(bowTie.IsValid, Is.False);
        Assert.That(simplified.Single().Shell, Is.EqualTo(PlanarCases.PointsOf(bowTie.Shell.Coordinates)));
    }
}
