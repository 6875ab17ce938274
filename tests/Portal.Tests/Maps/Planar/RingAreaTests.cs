using NetTopologySuite.Algorithm;
using Portal.Maps.Planar;
using static Portal.Tests.Maps.Planar.PlanarCases;

namespace Portal.Tests.Maps.Planar;

/// <summary>The area of a ring and the distance to a segment on plain points, by hand and against NTS.</summary>
public sealed class RingAreaTests
{
    [Test]
    public void A_ring_s_area_is_the_same_either_way_round()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RingArea.Of(Points((0, 0), (4, 0), (4, 3), (0, 3), (0, 0))), Is.EqualTo(12));
            Assert.That(RingArea.Of(Points((0, 0), (0, 3), (4, 3), (4, 0), (0, 0))), Is.EqualTo(12));
            Assert.That(RingArea.Of(Points((2, 1), (6, 1), (2, 5), (2, 1))), Is.EqualTo(8));
        });
    }

    [Test]
    public void Fewer_than_three_points_enclose_nothing() => Assert.That(RingArea.Of(Points((0, 0), (4, 0))), Is.Zero);

    [Test]
    public void A_real_coast_encloses_what_NTS_computes_to_the_last_bit([ValueSource(typeof(PlanarCases), nameof(PlanarCases.Countries))] string country)
    {
        var shell = LargestShell(country);

        Assert.That(RingArea.Of(shell), Is.EqualTo(Area.OfRing(Factory.CreateLinearRing(CoordinatesOf(shell)).CoordinateSequence)));
    }

    [TestCase(5, 5, 5.0, TestName = "A point beside the middle of a segment is as far as its foot on it")]
    [TestCase(-4, 3, 5.0, TestName = "A point before a segment's start is as far as the start")]
    [TestCase(15, -12, 13.0, TestName = "A point after a segment's end is as far as the end")]
    public void Distance_to_a_segment(double x, double y, double expected) =>
        Assert.That(SegmentDistance.PointToSegment(new PlanePoint(x, y), new PlanePoint(0, 0), new PlanePoint(10, 0)), Is.EqualTo(expected));

    [Test]
    public void Distance_to_a_segment_of_no_length_is_to_its_point() =>
        Assert.That(SegmentDistance.PointToSegment(new PlanePoint(5, 6), new PlanePoint(2, 2), new PlanePoint(2, 2)), Is.EqualTo(5.0));
}
