using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using Portal.Maps.Planar;
using static Portal.Tests.Maps.Planar.PlanarCases;

namespace Portal.Tests.Maps.Planar;

/// <summary>Clipping a ring to a box on plain points, against hand-worked rings and against NTS's <see cref="RingClipper"/>.</summary>
public sealed class RingBoxClipperTests
{
    private static PlanePoint[] Clip(PlanePoint[] ring, Envelope box) =>
        Filled(result => RingBoxClipper.Clip(ring, box, result, new PointBuffer()));

    [Test]
    public void A_square_half_in_the_box_keeps_its_inner_half_starting_where_the_left_edge_cuts_it()
    {
        var square = Points((0, 0), (10, 0), (10, 10), (0, 10), (0, 0));

        var clipped = Clip(square, new Envelope(5, 15, -5, 5));

        // Bottom and right keep all; top cuts at y 5 (adding (10, 5) and (0, 5)); left cuts at x 5 and closes the ring.
        Assert.That(clipped, Is.EqualTo(Points((5, 0), (10, 0), (10, 5), (5, 5), (5, 0))));
    }

    [Test]
    public void A_point_on_the_box_s_edge_counts_as_outside_and_comes_back_as_a_crossing()
    {
        var square = Points((0, 0), (10, 0), (10, 10), (0, 10), (0, 0));

        var clipped = Clip(square, new Envelope(-5, 15, 0, 20));

        // Along the bottom edge both corners are outside: the ring re-enters at (10, 0), where it now starts.
        Assert.That(clipped, Is.EqualTo(Points((10, 0), (10, 10), (0, 10), (0, 0), (10, 0))));
    }

    [Test]
    public void A_ring_wholly_inside_comes_back_as_it_was()
    {
        var ring = Points((1, 1), (4, 1), (2, 3), (1, 1));

        Assert.That(Clip(ring, new Envelope(0, 5, 0, 5)), Is.EqualTo(ring));
    }

    [Test]
    public void A_ring_wholly_outside_leaves_nothing()
    {
        var ring = Points((1, 1), (4, 1), (2, 3), (1, 1));

        Assert.That(Clip(ring, new Envelope(10, 20, 10, 20)), Is.Empty);
    }

    [Test]
    public void A_ring_round_the_box_becomes_the_box()
    {
        var ring = Points((-10, -10), (10, -10), (10, 10), (-10, 10), (-10, -10));

        var clipped = Clip(ring, new Envelope(-1, 1, -2, 2));

        Assert.That(clipped, Is.EquivalentTo(Points((-1, -2), (1, -2), (1, 2), (-1, 2), (-1, -2))));
        Assert.That(clipped[0], Is.EqualTo(clipped[^1]), "closed");
    }

    [Test]
    public void A_point_repeated_by_a_cut_is_kept_once()
    {
        // The ring touches the bottom edge at (5, 0): the cut's point and the ring's own are the same point.
        var ring = Points((0, 5), (5, 0), (10, 5), (5, 10), (0, 5));

        var clipped = Clip(ring, new Envelope(0, 10, 0, 10));

        Assert.That(clipped.Zip(clipped.Skip(1)).Any(pair => pair.First.Equals2D(pair.Second)), Is.False, string.Join(" ", clipped));
    }

    [Test]
    public void It_cuts_real_coasts_as_NTS_does_to_the_last_bit([ValueSource(typeof(PlanarCases), nameof(PlanarCases.Countries))] string country)
    {
        var shell = LargestShell(country);
        var envelope = PlanePolygon.EnvelopeOf(shell);
        var (midX, midY) = ((envelope.MinX + envelope.MaxX) / 2, (envelope.MinY + envelope.MaxY) / 2);
        Envelope[] boxes =
        [
            new(envelope.MinX - 1, midX, envelope.MinY - 1, midY),
            new(midX - (envelope.Width / 5), midX + (envelope.Width / 7), midY - (envelope.Height / 6), midY + (envelope.Height / 4)),
            new(midX, envelope.MaxX + 1, midY, envelope.MaxY + 1),
        ];

        foreach (var box in boxes)
        {
            var ours = Clip(shell, box);
            var theirs = PointsOf(new RingClipper(box).Clip(CoordinatesOf(shell)));

            Assert.That(ours.Length, Is.GreaterThan(3), $"{country} in {box}: the box cuts the coast");
            Assert.That(Bits(ours), Is.EqualTo(Bits(theirs)), $"{country} in {box}");
        }
    }
}
