using NetTopologySuite.Geometries;
using Portal.Geography;

namespace Portal.Tests.Geography;

/// <summary>
/// Reads and decodes a hand-written topology whose every coordinate is known: two squares sharing an arc (the second
/// follows it reversed, as ~0, and has a hole) and a two-part MultiPolygon. Quantized positions map to
/// x = q × 0.5 + 10, y = q × 0.25 + 20.
/// </summary>
[TestFixture]
public sealed class TopologyDecoderTests
{
    private const string TwoSquaresAndAPair = """
        {
          "type": "Topology",
          "transform": { "scale": [0.5, 0.25], "translate": [10, 20] },
          "objects": {
            "squares": {
              "type": "GeometryCollection",
              "geometries": [
                { "type": "Polygon", "arcs": [[0, 1]], "id": "001", "properties": { "name": "West" } },
                { "type": "Polygon", "arcs": [[2, -1], [3]], "id": 2, "properties": { "name": "East" } },
                { "type": "MultiPolygon", "arcs": [[[4]], [[-6]]], "properties": { "name": "Pair" } },
                { "type": null }
              ]
            },
            "single": { "type": "Polygon", "arcs": [[0, 1]] }
          },
          "arcs": [
            [[4, 0], [0, 4]],
            [[4, 4], [-4, 0], [0, -4], [4, 0]],
            [[4, 0], [4, 0], [0, 4], [-4, 0]],
            [[5, 1], [0, 2], [2, 0], [0, -2], [-2, 0]],
            [[10, 0], [0, 2], [2, 0], [0, -2], [-2, 0]],
            [[14, 0], [2, 0], [0, 2], [-2, 0], [0, -2]]
          ]
        }
        """;

    private Topology _topology = null!;
    private TopologyDecoder _decoder = null!;

    [OneTimeSetUp]
    public void ReadTopology()
    {
        _topology = TopoJsonReader.Parse(TwoSquaresAndAPair);
        _decoder = new TopologyDecoder(_topology);
    }

    private TopologyGeometry Feature(string name) => _topology.Objects["squares"].Single(feature => feature.Name == name);

    private static double[][] XysOf(LineString ring) => ring.Coordinates.Select(c => new[] { c.X, c.Y }).ToArray();

    [Test]
    public void ReaderKeepsTransformArcsAsWrittenAndEveryPolygonalGeometry()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_topology.Transform, Is.EqualTo(new TopologyTransform(0.5, 0.25, 10, 20)));
            Assert.That(_topology.Arcs, Has.Count.EqualTo(6));
            Assert.That(_topology.Arcs[1], Is.EqualTo(new TopologyPosition[] { new(4, 4), new(-4, 0), new(0, -4), new(4, 0) }));
            Assert.That(_topology.Objects.Keys, Is.EquivalentTo(new[] { "squares", "single" }));
            Assert.That(_topology.Objects["squares"].Select(g => (g.Type, g.Id, g.Name)), Is.EqualTo(new[]
            {
                (TopologyGeometryType.Polygon, (string?)"001", (string?)"West"),
                (TopologyGeometryType.Polygon, "2", "East"),
                (TopologyGeometryType.MultiPolygon, null, "Pair"),
            }));
            Assert.That(Feature("East").Polygons.Single().Rings.Select(r => r.ArcIndexes), Is.EqualTo(new[] { new[] { 2, -1 }, new[] { 3 } }));
            Assert.That(Feature("Pair").Polygons.Select(p => p.Rings.Single().ArcIndexes), Is.EqualTo(new[] { new[] { 4 }, new[] { -6 } }));
            Assert.That(_topology.Objects["single"].Single().Id, Is.Null);
        });
    }

    [Test]
    public void StitchesArcsKeepingTheSharedPositionOnceAndAppliesTheTransform()
    {
        var west = (Polygon)_decoder.Decode(Feature("West"));

        Assert.Multiple(() =>
        {
            Assert.That(west.SRID, Is.EqualTo(4326));
            Assert.That(XysOf(west.Shell), Is.EqualTo(new[]
            {
                new[] { 12.0, 20.0 }, [12.0, 21.0], [10.0, 21.0], [10.0, 20.0], [12.0, 20.0],
            }));
            Assert.That(west.Holes, Is.Empty);
            Assert.That(west.IsValid, Is.True);
            Assert.That(west.Area, Is.EqualTo(2.0).Within(1e-12));
        });
    }

    [Test]
    public void FollowsAReversedArcBackwardsAndKeepsTheHole()
    {
        var east = (Polygon)_decoder.Decode(Feature("East"));

        Assert.Multiple(() =>
        {
            Assert.That(XysOf(east.Shell), Is.EqualTo(new[]
            {
                new[] { 12.0, 20.0 }, [14.0, 20.0], [14.0, 21.0], [12.0, 21.0], [12.0, 20.0],
            }));
            Assert.That(east.Holes, Has.Length.EqualTo(1));
            Assert.That(XysOf(east.Holes[0]), Is.EqualTo(new[]
            {
                new[] { 12.5, 20.25 }, [12.5, 20.75], [13.5, 20.75], [13.5, 20.25], [12.5, 20.25],
            }));
            Assert.That(east.IsValid, Is.True);
            Assert.That(east.Area, Is.EqualTo(2.0 - 0.5).Within(1e-12));
        });
    }

    [Test]
    public void SquaresSharingAnArcMeetAlongItAndDoNotOverlap()
    {
        var west = _decoder.Decode(Feature("West"));
        var east = _decoder.Decode(Feature("East"));

        Assert.Multiple(() =>
        {
            Assert.That(west.Touches(east), Is.True);
            Assert.That(west.Intersection(east).Length, Is.EqualTo(1.0).Within(1e-12), "the shared edge x = 12, y 20..21");
            Assert.That(west.Union(east).Area, Is.EqualTo(3.5).Within(1e-12));
        });
    }

    [Test]
    public void DecodesAMultiPolygonWithAReversedSingleArcRing()
    {
        var pair = _decoder.Decode(Feature("Pair"));

        Assert.That(pair, Is.InstanceOf<MultiPolygon>());
        var second = (Polygon)pair.GetGeometryN(1);
        Assert.Multiple(() =>
        {
            Assert.That(pair.NumGeometries, Is.EqualTo(2));
            Assert.That(XysOf(((Polygon)pair.GetGeometryN(0)).Shell), Is.EqualTo(new[]
            {
                new[] { 15.0, 20.0 }, [15.0, 20.5], [16.0, 20.5], [16.0, 20.0], [15.0, 20.0],
            }));
            Assert.That(XysOf(second.Shell), Is.EqualTo(new[]
            {
                new[] { 17.0, 20.0 }, [17.0, 20.5], [18.0, 20.5], [18.0, 20.0], [17.0, 20.0],
            }));
            Assert.That(pair.IsValid, Is.True);
            Assert.That(pair.Area, Is.EqualTo(1.0).Within(1e-12));
        });
    }

    [Test]
    public void EveryDecodedRingIsClosed()
    {
        var rings = _topology.Objects.Values.SelectMany(geometries => geometries)
            .Select(_decoder.Decode)
            .SelectMany(geometry => Enumerable.Range(0, geometry.NumGeometries).Select(i => (Polygon)geometry.GetGeometryN(i)))
            .SelectMany(polygon => polygon.InteriorRings.Prepend(polygon.ExteriorRing))
            .ToList();

        Assert.That(rings, Has.Count.EqualTo(6));
        Assert.That(rings, Has.All.Matches<LineString>(ring => ring.IsClosed && ring.NumPoints >= 4));
    }

    [Test]
    public void ClosesARingWhoseArcsDoNotReturnToTheStart()
    {
        var topology = TopoJsonReader.Parse("""
            { "type": "Topology", "objects": { "open": { "type": "Polygon", "arcs": [[0]] } },
              "arcs": [[[0, 0], [1, 0], [1, 1], [0, 1]]] }
            """);

        var polygon = (Polygon)new TopologyDecoder(topology).Decode(topology.Objects["open"][0]);

        Assert.That(XysOf(polygon.Shell), Is.EqualTo(new[] { new[] { 0.0, 0.0 }, [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0] }));
    }

    [Test]
    public void RepairsASelfIntersectingRing()
    {
        // A bow tie without a transform: absolute positions, crossing itself at (1, 1).
        var topology = TopoJsonReader.Parse("""
            { "type": "Topology", "objects": { "bowTie": { "type": "Polygon", "arcs": [[0]] } },
              "arcs": [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] }
            """);

        var repaired = new TopologyDecoder(topology).Decode(topology.Objects["bowTie"][0]);

        Assert.Multiple(() =>
        {
            Assert.That(repaired.IsValid, Is.True);
            Assert.That(repaired.Area, Is.EqualTo(2.0).Within(1e-12), "two triangles of area 1");
        });
    }

    [Test]
    public void RejectsARingThatFollowsAMissingArc()
    {
        var topology = TopoJsonReader.Parse("""{ "type": "Topology", "objects": { "p": { "type": "Polygon", "arcs": [[-3]] } }, "arcs": [] }""");

        Assert.That(() => new TopologyDecoder(topology).Decode(topology.Objects["p"][0]), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("arc -3"));
    }

    [Test]
    public void RejectsAGeometryTypeThatIsNotPolygonal() =>
        Assert.That(
            () => TopoJsonReader.Parse("""{ "type": "Topology", "objects": { "p": { "type": "Point", "coordinates": [0, 0] } }, "arcs": [] }"""),
            Throws.InstanceOf<System.Text.Json.JsonException>().With.Message.Contains("Point"));
}
