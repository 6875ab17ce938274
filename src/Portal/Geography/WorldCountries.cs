using System.Collections.Frozen;
using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Union;

namespace Portal.Geography;

/// <summary>
/// The boundary of every country Natural Earth draws, by ISO 3166-1 alpha-2 code. A feature is mapped by its numeric
/// id; the few features without one are mapped by name (Kosovo; Northern Cyprus, Somaliland, the Siachen Glacier and
/// the Indian Ocean Territories merged into the country that holds them under ISO 3166). Features with the same
/// code are merged into one geometry.
/// </summary>
/// <remarks>
/// The shipped countries are read from boundaries decoded, checked and merged ahead of time
/// (<see cref="WorldBoundaryReader"/>); a test proves them the same, to the bit, as decoding Natural Earth's topology
/// here. A topology given to <see cref="FromTopology(Topology, string, IReadOnlyDictionary{int, string})"/> is decoded
/// at once, but a country's boundary is checked for validity (repaired if need be) and merged only when it is first
/// read. Reading a boundary always gives the same valid geometry; the instance is safe to share.
/// </remarks>
public sealed class WorldCountries
{
    /// <summary>The object of the shipped topology that holds the countries.</summary>
    public const string CountriesObjectName = "countries";

    private const string BoundariesResource = "Portal.Geography.countries-50m.bin";

    /// <summary>Alpha-2 codes of the features Natural Earth draws without a numeric id.</summary>
    private static readonly FrozenDictionary<string, string> Alpha2ByUnnumberedName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Kosovo"] = "XK",
        ["N. Cyprus"] = "CY",
        ["Somaliland"] = "SO",
        ["Siachen Glacier"] = "IN",
        ["Indian Ocean Ter."] = "AU",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<WorldCountries> LazyShipped = new(LoadShipped);

    private readonly IReadOnlyList<(string Alpha2, Envelope Envelope)> _polygonEnvelopes;
    private readonly IReadOnlyDictionary<string, Geometry> _boundaries;

    private WorldCountries(IReadOnlyList<(string Alpha2, Envelope Envelope)> polygonEnvelopes, IReadOnlyDictionary<string, Geometry> boundaries)
    {
        _polygonEnvelopes = polygonEnvelopes;
        _boundaries = boundaries;
    }

    /// <summary>Natural Earth's 1:50m countries (world-atlas 2.0.2), read from the embedded boundaries on first use.</summary>
    public static WorldCountries Shipped => LazyShipped.Value;

    /// <summary>Each country's valid polygonal boundary (SRID 4326, x = longitude, y = latitude), by alpha-2 code.</summary>
    public IReadOnlyDictionary<string, Geometry> Boundaries => _boundaries;

    /// <summary>
    /// The envelope of every polygon of every country, as decoded and before any repair: a repair only removes
    /// what collapsed, so a country's boundary lies within the envelopes of its polygons.
    /// </summary>
    internal IEnumerable<(string Alpha2, Envelope Envelope)> PolygonEnvelopes => _polygonEnvelopes;

    /// <summary>The country's boundary, or <c>null</c> when Natural Earth does not draw it on its own.</summary>
    public Geometry? BoundaryOf(string alpha2) => _boundaries.TryGetValue(alpha2, out var boundary) ? boundary : null;

    /// <summary>Maps the features of <paramref name="objectName"/> in <paramref name="topology"/> to their countries.</summary>
    /// <exception cref="InvalidDataException">A feature has no id and no name mapped here, or an id with no code.</exception>
    public static WorldCountries FromTopology(Topology topology, string objectName, IReadOnlyDictionary<int, string> alpha2ByNumeric)
    {
        var decoder = new TopologyDecoder(topology);
        var features = topology.Objects[objectName]
            .Select(feature => (Alpha2: Alpha2Of(feature, alpha2ByNumeric), Geometry: decoder.DecodeUnchecked(feature)))
            .Where(feature => !feature.Geometry.IsEmpty)
            .GroupBy(feature => feature.Alpha2, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(feature => feature.Geometry).ToArray(), StringComparer.Ordinal);
        var envelopes = features
            .SelectMany(country => country.Value
                .SelectMany(feature => Enumerable.Range(0, feature.NumGeometries).Select(i => feature.GetGeometryN(i).EnvelopeInternal))
                .Select(envelope => (country.Key, envelope)))
            .ToList();
        var boundaries = new LazyValueDictionary<string, Geometry>(features.ToFrozenDictionary(
            country => country.Key,
            country => new Lazy<Geometry>(() => Merge(country.Value.Select(GeometryRepair.MakeValid).ToArray())),
            StringComparer.Ordinal));
        return new WorldCountries(envelopes, boundaries);
    }

    /// <summary>Countries whose boundaries are known valid and merged, with the envelopes of their polygons as decoded.</summary>
    internal static WorldCountries FromBoundaries(IReadOnlyList<(string Alpha2, Envelope Envelope)> polygonEnvelopes, IReadOnlyDictionary<string, Geometry> boundaries) =>
        new(polygonEnvelopes, boundaries.ToFrozenDictionary(StringComparer.Ordinal));

    /// <summary>The alpha-2 code of a feature: by its numeric id, or by name for the features that have no id.</summary>
    /// <exception cref="InvalidDataException">The feature cannot be mapped.</exception>
    internal static string Alpha2Of(TopologyGeometry feature, IReadOnlyDictionary<int, string> alpha2ByNumeric)
    {
        if (feature.Id is { } id)
        {
            return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var numeric) && alpha2ByNumeric.TryGetValue(numeric, out var alpha2)
                ? alpha2
                : throw new InvalidDataException($"feature '{feature.Name}' has id '{id}', which is no ISO 3166-1 numeric code");
        }

        return feature.Name is { } name && Alpha2ByUnnumberedName.TryGetValue(name, out var byName)
            ? byName
            : throw new InvalidDataException($"feature '{feature.Name}' has no id and no known country");
    }

    /// <summary>One valid geometry of a country's valid features; features that share a border are dissolved along it.</summary>
    private static Geometry Merge(Geometry[] valid) =>
        valid.Length == 1 ? valid[0] : GeometryRepair.MakeValid(UnaryUnionOp.Union(valid));

    private static WorldCountries LoadShipped()
    {
        using var stream = typeof(WorldCountries).Assembly.GetManifestResourceStream(BoundariesResource)
            ?? throw new InvalidOperationException($"'{BoundariesResource}' is not embedded");
        var data = new byte[stream.Length];
        stream.ReadExactly(data);
        // Decoding the topology here cost a fifth of a second at every start: parsing, stitching arcs, cutting rings
        // at 180° and merging features. The embedded boundaries are that result, read back to the bit.
        return WorldBoundaryReader.Read(data);
    }
}
