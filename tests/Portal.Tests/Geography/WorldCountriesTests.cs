using NetTopologySuite.Geometries;
using Portal.Countries;
using Portal.Geography;
using Portal.Tests.Support;

namespace Portal.Tests.Geography;

/// <summary>The shipped Natural Earth 1:50m countries, mapped to ISO 3166-1 alpha-2.</summary>
[TestFixture]
public sealed class WorldCountriesTests
{
    private Topology _topology = null!;
    private IReadOnlyDictionary<int, string> _alpha2ByNumeric = null!;
    private WorldCountries _countries = null!;

    /// <summary>Natural Earth's topology, from which the embedded boundaries are made.</summary>
    public static string TopologyPath => Path.Combine(RepoPaths.Root, "src", "Portal", "Geography", "Data", "countries-50m.json");

    /// <summary>The embedded boundaries, as committed.</summary>
    public static string BoundariesPath => Path.ChangeExtension(TopologyPath, ".bin");

    [OneTimeSetUp]
    public void LoadShippedData()
    {
        using (var topology = File.OpenRead(TopologyPath))
        {
            _topology = TopoJsonReader.Read(topology);
        }

        using (var codes = typeof(WorldCountries).Assembly.GetManifestResourceStream("Portal.Countries.codes.json")!)
        {
            _alpha2ByNumeric = IsoNumericCodeReader.Read(codes);
        }

        _countries = WorldCountries.Shipped;
    }

    private IReadOnlyList<TopologyGeometry> Features => _topology.Objects[WorldCountries.CountriesObjectName];

    [Test]
    public void EveryFeatureIsMappedToACountry()
    {
        var unmapped = Features.Where(feature => TryAlpha2Of(feature) is null).Select(feature => feature.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Features, Has.Count.GreaterThanOrEqualTo(240));
            Assert.That(unmapped, Is.Empty);
        });
    }

    private string? TryAlpha2Of(TopologyGeometry feature)
    {
        try
        {
            return WorldCountries.Alpha2Of(feature, _alpha2ByNumeric);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    [Test]
    public void FeaturesWithoutIdAreTheFiveMappedByName()
    {
        var byName = Features.Where(feature => feature.Id is null)
            .ToDictionary(feature => feature.Name!, feature => WorldCountries.Alpha2Of(feature, _alpha2ByNumeric));

        Assert.That(byName, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["Kosovo"] = "XK",
            ["N. Cyprus"] = "CY",
            ["Somaliland"] = "SO",
            ["Siachen Glacier"] = "IN",
            ["Indian Ocean Ter."] = "AU",
        }));
    }

    [Test]
    public void NorthernCyprusIsMergedIntoCyprusAsOnePiece()
    {
        var cyprus = _countries.BoundaryOf("CY")!;
        var features = Features.Where(feature => feature.Name is "Cyprus" or "N. Cyprus").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(features, Has.Count.EqualTo(2));
            Assert.That(cyprus.Area, Is.EqualTo(features.Sum(feature => new TopologyDecoder(_topology).Decode(feature).Area)).Within(1e-9));
            Assert.That(cyprus.Covers(cyprus.Factory.CreatePoint(new Coordinate(33.36, 35.19))), Is.True, "Nicosia, on the line between the two features");
        });
    }

    [Test]
    public void HasEveryNordicCountryAndTerritoryAsItsOwnBoundary(
        [Values("SE", "FI", "NO", "DK", "IS", "AX", "FO", "GL", "DE", "NA", "XK", "CY", "SO", "IN", "AU")] string alpha2) =>
        Assert.That(_countries.BoundaryOf(alpha2), Is.Not.Null.And.Property(nameof(Geometry.IsEmpty)).False);

    [Test]
    public void EveryCodeIsAnIsoCodeThePortalKnows()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_countries.Boundaries, Has.Count.GreaterThanOrEqualTo(235));
            Assert.That(_countries.Boundaries.Keys.Where(code => !CountryNames.Shipped.IsKnown(code)), Is.Empty);
        });
    }

    [Test]
    public void EveryBoundaryIsAValidPolygonalGeometryInWgs84()
    {
        // Reading a boundary checks (and if need be repairs) it; checking again here proves the result valid.
        var invalid = _countries.Boundaries.AsParallel().Where(country => !country.Value.IsValid).Select(country => country.Key).ToList();
        var notPolygonal = _countries.Boundaries.Where(country => country.Value is not (Polygon or MultiPolygon)).Select(country => country.Key);

        Assert.Multiple(() =>
        {
            Assert.That(invalid, Is.Empty);
            Assert.That(notPolygonal, Is.Empty);
            Assert.That(_countries.Boundaries.Values.Select(boundary => boundary.SRID).Distinct(), Is.EqualTo(new[] { 4326 }));
        });
    }

    [Test]
    public void EveryFeatureDecodesValidWithoutRepair()
    {
        // A repair would hide a decoding mistake: Russia's rings across 180° once "repaired" into a band round the globe.
        var decoder = new TopologyDecoder(_topology);
        var needingRepair = Features.AsParallel().Where(feature => !decoder.DecodeUnchecked(feature).IsValid).Select(feature => feature.Name).ToList();

        Assert.That(needingRepair, Is.Empty);
    }

    [Test]
    public void TheShippedBoundariesAreThoseDecodedFromTheTopologyToTheBit()
    {
        // The build reads boundaries made ahead of time; these are the ones decoding, checking and merging gives.
        var decoded = WorldCountries.FromTopology(_topology, WorldCountries.CountriesObjectName, _alpha2ByNumeric);
        var different = decoded.Boundaries.Keys.AsParallel()
            .Where(alpha2 => !SameToTheBit(decoded.Boundaries[alpha2], _countries.Boundaries[alpha2]))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Boundaries.Keys, Is.EquivalentTo(_countries.Boundaries.Keys));
            Assert.That(different, Is.Empty);
            Assert.That(_countries.PolygonEnvelopes, Is.EqualTo(decoded.PolygonEnvelopes.OrderBy(p => p.Alpha2, StringComparer.Ordinal)));
        });
    }

    [Test]
    public void TheCommittedBoundariesAreThoseWrittenFromTheTopology()
    {
        var decoded = WorldCountries.FromTopology(_topology, WorldCountries.CountriesObjectName, _alpha2ByNumeric);
        using var written = new MemoryStream();
        WorldBoundaryWriter.Write(decoded, _topology.Transform!, written);
        var committed = File.ReadAllBytes(BoundariesPath);
        if (!written.ToArray().AsSpan().SequenceEqual(committed))
        {
            var fresh = Path.Combine(TestContext.CurrentContext.WorkDirectory, "countries-50m.bin");
            File.WriteAllBytes(fresh, written.ToArray());
            Assert.Fail($"{BoundariesPath} is not what the topology gives: if the topology or its decoding changed on purpose, copy {fresh} over it");
        }
    }

    /// <summary>The same kind of geometry, the same polygons and rings, and every position's doubles the same to the bit.</summary>
    internal static bool SameToTheBit(Geometry expected, Geometry actual) =>
        expected.GeometryType == actual.GeometryType
        && expected.SRID == actual.SRID
        && expected.NumGeometries == actual.NumGeometries
        && Enumerable.Range(0, expected.NumGeometries).All(i => SamePolygon((Polygon)expected.GetGeometryN(i), (Polygon)actual.GetGeometryN(i)));

    private static bool SamePolygon(Polygon expected, Polygon actual) =>
        expected.NumInteriorRings == actual.NumInteriorRings
        && SameRing(expected.ExteriorRing, actual.ExteriorRing)
        && Enumerable.Range(0, expected.NumInteriorRings).All(i => SameRing(expected.GetInteriorRingN(i), actual.GetInteriorRingN(i)));

    private static bool SameRing(LineString expected, LineString actual) =>
        expected.Coordinates.Select(Bits).SequenceEqual(actual.Coordinates.Select(Bits));

    private static (long X, long Y) Bits(Coordinate coordinate) =>
        (BitConverter.DoubleToInt64Bits(coordinate.X), BitConverter.DoubleToInt64Bits(coordinate.Y));

    [Test]
    public void EveryBoundaryLiesOnTheGlobe()
    {
        var outside = _countries.Boundaries
            .Where(country => country.Value.EnvelopeInternal is var e && (e.MinX < -180 || e.MaxX > 180 || e.MinY < -90 || e.MaxY > 90))
            .Select(country => country.Key);

        Assert.That(outside, Is.Empty);
    }

    // Square degrees shrink with cos(latitude): Sweden's 450,000 km² at about 62° N is some 78 of them.
    [TestCase("SE", 75, 85)]
    [TestCase("DK", 5.5, 7)]
    [TestCase("IS", 18, 21)]
    [TestCase("AQ", 5900, 6200)]
    public void AreaInSquareDegreesIsPlausible(string alpha2, double atLeast, double atMost) =>
        Assert.That(_countries.BoundaryOf(alpha2)!.Area, Is.InRange(atLeast, atMost));

    [Test]
    public void OnlyAntarcticaSpansTheGlobeAndNoOtherPolygonWrapsRoundIt()
    {
        var wide = _countries.Boundaries
            .SelectMany(country => Enumerable.Range(0, country.Value.NumGeometries).Select(i => (country.Key, Part: country.Value.GetGeometryN(i))))
            .Where(part => part.Part.EnvelopeInternal.Width > 180)
            .Select(part => part.Key);

        Assert.That(wide, Is.EqualTo(new[] { "AQ" }));
    }

    [Test]
    public void BoundaryOfAnUndrawnOrUnknownCodeIsNull()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_countries.BoundaryOf("SJ"), Is.Null, "Svalbard is drawn as part of Norway");
            Assert.That(_countries.BoundaryOf("ZZ"), Is.Null);
        });
    }

    [Test]
    public void ShippedIsOneSharedInstance() => Assert.That(WorldCountries.Shipped, Is.SameAs(_countries));
}
