using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using Portal.Maps.Planar;
using static Portal.Tests.Maps.Planar.PlanarCases;

namespace Portal.Tests.Maps.Planar;

/// <summary>Densifying on plain points, against hand-worked lines and against NTS's <see cref="Densifier"/>.</summary>
public sealed class SegmentDensifierTests
{
    private static PlanePoint[] Densify(PlanePoint[] points, double distanceTolerance) =>
        Filled(result => SegmentDensifier.Densify(points, distanceTolerance, result));

    [Test]
    public void A_segment_four_long_gets_three_points_a_unit_apart()
    {
        Assert.That(Densify(Points((0, 0), (0, 4)), 1.0), Is.EqualTo(Points((0, 0), (0, 1), (0, 2), (0, 3), (0, 4))));
    }

    [Test]
    public void A_segment_just_over_the_tolerance_is_halved_and_one_within_it_kept_whole()
    {
        Assert.That(Densify(Points((0, 0), (2.5, 0), (3, 0)), 2.0), Is.EqualTo(Points((0, 0), (1.25, 0), (2.5, 0), (3, 0))));
    }

    [Test]
    public void A_repeated_point_is_dropped()
    {
        Assert.That(Densify(Points((0, 0), (0, 0), (0, 2), (0, 2)), 1.0), Is.EqualTo(Points((0, 0), (0, 1), (0, 2))));
    }

    [Test]
    public void It_places_points_on_cut_coasts_as_NTS_does_to_the_last_bit([ValueSource(typeof(PlanarCases), nameof(PlanarCases.Countries))] string country)
    {
        // The map densifies rings it has cut, whose long straight edges run along the cut.
        var shell = LargestShell(country);
        var envelope = PlanePolygon.EnvelopeOf(shell);
        var box = new Envelope(envelope.MinX + (envelope.Width / 3), envelope.MaxX, envelope.MinY, envelope.MaxY - (envelope.Height / 3));
        var cut = Filled(result => RingBoxClipper.Clip(shell, box, result, new PointBuffer()));

        foreach (var tolerance in new[] { 1.0, 0.3, 0.07 })
        {
            var ours = Densify(cut, tolerance);
            var theirs = PointsOf(Densifier.Densify(Factory.CreateLineString(CoordinatesOf(cut)), tolerance).Coordinates);

            Assert.That(Bits(ours), Is.EqualTo(Bits(theirs)), $"{country} at {tolerance}°");
            if (tolerance < 0.1)
            {
                Assert.That(ours.Length, Is.GreaterThan(cut.Length), $"{country} at {tolerance}°: points were added");
            }
        }
    }
}
