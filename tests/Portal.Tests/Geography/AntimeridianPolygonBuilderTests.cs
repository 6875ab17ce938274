using NetTopologySuite;
using NetTopologySuite.Geometries;
using Portal.Geography;

namespace Portal.Tests.Geography;

/// <summary>Rings on the sphere that cross ±180° or go round a pole, as world-atlas stitches Russia, Fiji and Antarctica.</summary>
[TestFixture]
public sealed class AntimeridianPolygonBuilderTests
{
    private readonly GeometryFactory _factory = NtsGeometryServices.Instance.CreateGeometryFactory(4326);

    private AntimeridianPolygonBuilder Builder => new(_factory);

    private static Coordinate[] Ring(params (double X, double Y)[] positions) => positions.Select(p => new Coordinate(p.X, p.Y)).ToArray();

    [Test]
    public void ARingThatCrossesNothingIsAPlainPolygon()
    {
        var polygons = Builder.Build([Ring((0, 0), (2, 0), (2, 2), (0, 2), (0, 0)), Ring((0.5, 0.5), (0.5, 1), (1, 1), (1, 0.5), (0.5, 0.5))]);

        Assert.That(polygons, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(polygons[0].Holes, Has.Length.EqualTo(1));
            Assert.That(polygons[0].Area, Is.EqualTo(3.75).Within(1e-12));
        });
    }

    [Test]
    public void AnIslandAcrossTheAntimeridianIsCutIntoAPieceOnEachSide()
    {
        // 179…−179 (that is, 181) in longitude, −17…−16 in latitude.
        var polygons = Builder.Build([Ring((179, -17), (-179, -17), (-179, -16), (179, -16), (179, -17))]);

        Assert.That(polygons, Has.Count.EqualTo(2));
        var west = polygons.Single(p => p.EnvelopeInternal.MinX > 0);
        var east = polygons.Single(p => p.EnvelopeInternal.MaxX < 0);
        Assert.Multiple(() =>
        {
            Assert.That(west.EnvelopeInternal, Is.EqualTo(new Envelope(179, 180, -17, -16)));
            Assert.That(east.EnvelopeInternal, Is.EqualTo(new Envelope(-180, -179, -17, -16)));
            Assert.That(polygons.Sum(p => p.Area), Is.EqualTo(2.0).Within(1e-9));
            Assert.That(polygons, Has.All.Matches<Polygon>(p => p.IsValid));
        });
    }

    [Test]
    public void APositionWrittenAsMinus180InsteadOf180NeedsNoCut()
    {
        var polygons = Builder.Build([Ring((170, 60), (-180, 60), (-180, 70), (170, 70), (170, 60))]);

        Assert.That(polygons, Has.Count.EqualTo(1));
        Assert.That(polygons[0].EnvelopeInternal, Is.EqualTo(new Envelope(170, 180, 60, 70)));
    }

    [Test]
    public void ARingStartingOnTheFarSideIsBroughtBackRound()
    {
        // The first position is at −180; the rest of the ring lies east of 170° E.
        var polygons = Builder.Build([Ring((-180, 60), (170, 60), (170, 70), (-180, 70), (-180, 60))]);

        Assert.That(polygons, Has.Count.EqualTo(1));
        Assert.That(polygons[0].EnvelopeInternal, Is.EqualTo(new Envelope(170, 180, 60, 70)));
    }

    [Test]
    public void ARingRoundTheSouthPoleBoundsTheCapBelowItAndAnInnerRingCutsOutItsOwnCap()
    {
        // Like world-atlas's Antarctica: a ring at −89.999° round the pole, then the coast at −70° round it.
        var nearPole = Ring((-180, -89.999), (-90, -89.999), (0, -89.999), (90, -89.999), (180, -89.999), (-180, -89.999));
        var coast = Ring((-180, -70), (-90, -70), (0, -70), (90, -70), (180, -70), (-180, -70));

        var polygons = Builder.Build([nearPole, coast]);
        var antarctica = _factory.CreateMultiPolygon(polygons.ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(antarctica.IsValid, Is.True);
            Assert.That(antarctica.EnvelopeInternal, Is.EqualTo(new Envelope(-180, 180, -89.999, -70)));
            Assert.That(antarctica.Area, Is.EqualTo(360 * (89.999 - 70)).Within(1e-6));
        });
    }

    [Test]
    public void ACollapsedExteriorRingGivesNothing() =>
        Assert.That(Builder.Build([Ring((0, 0), (1, 1), (0, 0))]), Is.Empty);
}
