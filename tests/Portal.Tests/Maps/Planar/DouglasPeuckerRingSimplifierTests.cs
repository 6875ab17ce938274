using NetTopologySuite.Simplify;
using Portal.Maps.Planar;
using static Portal.Tests.Maps.Planar.PlanarCases;

namespace Portal.Tests.Maps.Planar;

/// <summary>Douglas-Peucker on a ring of plain points, against hand-worked rings and NTS's <see cref="DouglasPeuckerLineSimplifier"/>.</summary>
public sealed class DouglasPeuckerRingSimplifierTests
{
    private static PlanePoint[] Simplify(PlanePoint[] ring, double tolerance) =>
        Filled(result => new DouglasPeuckerRingSimplifier().Simplify(ring, tolerance, result));

    [Test]
    public void A_bump_under_the_tolerance_goes_and_one_over_it_stays()
    {
        var ring = Points((0, 0), (5, 0.2), (10, 0), (10, 10), (5, 13), (0, 10), (0, 0));

        Assert.That(Simplify(ring, 1.0), Is.EqualTo(Points((0, 0), (10, 0), (10, 10), (5, 13), (0, 10), (0, 0))));
    }

    [Test]
    public void A_start_on_a_straight_side_goes_and_the_ring_is_closed_at_its_next_point()
    {
        var ring = Points((5, 0), (10, 0), (10, 10), (0, 10), (0, 0), (5, 0));

        Assert.That(Simplify(ring, 1.0), Is.EqualTo(Points((10, 0), (10, 10), (0, 10), (0, 0), (10, 0))));
    }

    [Test]
    public void A_flat_triangle_loses_its_start_and_collapses()
    {
        // Its far points split it, but its start lies 0.5 from the segment joining its neighbours.
        var ring = Points((5, 0.5), (10, 0), (0, 0), (5, 0.5));

        Assert.That(Simplify(ring, 1.0), Is.EqualTo(Points((10, 0), (0, 0), (10, 0))));
    }

    [Test]
    public void A_ring_thinner_than_the_tolerance_collapses_below_four_points()
    {
        var sliver = Points((0, 0), (10, 0.1), (20, 0), (10, -0.1), (0, 0));

        Assert.That(Simplify(sliver, 1.0), Has.Length.LessThan(4));
    }

    [Test]
    public void An_open_line_keeps_both_ends()
    {
        var line = Points((0, 0), (5, 0.1), (10, 0), (10, 0.05));

        Assert.That(Simplify(line, 1.0), Is.EqualTo(Points((0, 0), (10, 0.05))));
    }

    [Test]
    public void It_keeps_the_points_NTS_keeps_to_the_last_bit([ValueSource(typeof(PlanarCases), nameof(PlanarCases.Countries))] string country)
    {
        var shell = LargestShell(country);
        foreach (var tolerance in new[] { 0.001, 0.01, 0.1, 1.0, 4.0 })
        {
            var ours = Simplify(shell, tolerance);
            var theirs = PointsOf(DouglasPeuckerLineSimplifier.Simplify(CoordinatesOf(shell), tolerance, false));

            Assert.That(Bits(ours), Is.EqualTo(Bits(theirs)), $"{country} at {tolerance}°: {ours.Length} points against {theirs.Length}");
        }
    }
}
