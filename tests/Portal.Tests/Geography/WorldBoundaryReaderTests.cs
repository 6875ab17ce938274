using NetTopologySuite.Geometries;
using Portal.Geography;

namespace Portal.Tests.Geography;

/// <summary>The compact form of decoded boundaries: written and read back to the bit, and refused when damaged.</summary>
[TestFixture]
public sealed class WorldBoundaryReaderTests
{
    private static readonly TopologyTransform Grid = new(0.5, 0.25, -180, -90);

    // A square on the grid with a triangular hole, and a triangle with a position off it (as a cut at 180° makes).
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[-180,-90]},
         "arcs":[[[20,40],[10,0],[0,40],[-10,0],[0,-40]],[[24,50],[0,10],[2,0],[-2,-10]],[[700,20],[10,0],[0,10],[-10,-10]]],
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","id":"752","arcs":[[0],[1]]},
           {"type":"MultiPolygon","id":"246","arcs":[[[2]]]}]}}}
        """;

    private static WorldCountries Decoded() =>
        WorldCountries.FromTopology(TopoJsonReader.Parse(Topology), "countries", new Dictionary<int, string> { [752] = "SE", [246] = "FI" });

    private static byte[] Written(WorldCountries countries)
    {
        using var stream = new MemoryStream();
        WorldBoundaryWriter.Write(countries, Grid, stream);
        return stream.ToArray();
    }

    [Test]
    public void ReadsBackWhatWasWrittenToTheBitWithTheKindOfEachBoundary()
    {
        var decoded = Decoded();
        var sweden = decoded.BoundaryOf("SE")!;
        var offGrid = new GeometryFactory(new PrecisionModel(), 4326).CreatePolygon([new(1.0 / 3, 0.1), new(2, 0.1), new(2, 1), new(1.0 / 3, 0.1)]);
        var withOffGrid = WorldCountries.FromBoundaries(decoded.PolygonEnvelopes.ToList(), new Dictionary<string, Geometry> { ["SE"] = sweden, ["FI"] = offGrid });

        var read = WorldBoundaryReader.Read(Written(withOffGrid));

        Assert.Multiple(() =>
        {
            Assert.That(WorldCountriesTests.SameToTheBit(sweden, read.BoundaryOf("SE")!), Is.True);
            Assert.That(read.BoundaryOf("SE")!.NumPoints, Is.EqualTo(9), "a closed square and a closed triangular hole");
            Assert.That(WorldCountriesTests.SameToTheBit(offGrid, read.BoundaryOf("FI")!), Is.True);
            Assert.That(read.PolygonEnvelopes, Is.EqualTo(decoded.PolygonEnvelopes.OrderBy(p => p.Alpha2, StringComparer.Ordinal)));
            Assert.That(read.BoundaryOf("SE")!.SRID, Is.EqualTo(4326));
        });
    }

    [Test]
    public void KeepsAMultiPolygonOfOnePolygonAMultiPolygon()
    {
        var read = WorldBoundaryReader.Read(Written(Decoded()));

        Assert.That(read.BoundaryOf("FI"), Is.InstanceOf<MultiPolygon>().And.Property(nameof(Geometry.NumGeometries)).EqualTo(1));
    }

    [Test]
    public void RefusesBytesCutShortAtAnyPoint()
    {
        var written = Written(Decoded());
        var accepted = Enumerable.Range(0, written.Length).Where(length => Reads(written[..length])).ToList();

        Assert.That(accepted, Is.Empty);
    }

    [Test]
    public void RefusesOtherFilesAndTrailingBytes()
    {
        var written = Written(Decoded());

        Assert.Multiple(() =>
        {
            Assert.That(() => WorldBoundaryReader.Read("{\"type\":\"Topology\"}"u8), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("PWB1"));
            Assert.That(() => WorldBoundaryReader.Read([.. written, 0]), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("after its last country"));
        });
    }

    private static bool Reads(byte[] data)
    {
        try
        {
            WorldBoundaryReader.Read(data);
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
