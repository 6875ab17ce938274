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
/// Every feature is decoded when the instance is made, but a country's boundary is checked for validity (repaired
/// if need be) and merged only when it is first read, as checking all of them is most of the cost of loading and a
/// site needs a few. Reading a boundary always gives the same valid geometry; the instance is safe to share.
/// </remarks>
public sealed class WorldCountries
{
    /// <summary>The object of the shipped topology that holds the countries.</summary>
    public const string CountriesObjectName = "countries";

    private const string TopologyResource = "Portal.Geography.countries-50m.json";
    private const string CodesResource = "Portal.Countries.codes.json";

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

    private readonly FrozenDictionary<string, Geometry[]> _uncheckedFeatures;
    private readonly LazyValueDictionary<string, Geometry> _boundaries;

    private WorldCountries(FrozenDictionary<string, Geometry[]> uncheckedFeatures, bool featuresAreValid)
    {
        _uncheckedFeatures = uncheckedFeatures;
        _boundaries = new LazyValueDictionary<string, Geometry>(uncheckedFeatures.ToFrozenDictionary(
            country => country.Key,
            country => new Lazy<Geometry>(() => Merge(featuresAreValid ? country.Value : country.Value.Select(GeometryRepair.MakeValid).ToArray())),
            StringComparer.Ordinal));
    }

    /// <summary>Natural Earth's 1:50m countries (world-atlas 2.0.2), read from the embedded file on first use.</summary>
    public static WorldCountries Shipped => LazyShipped.Value;

    /// <summary>Each country's valid polygonal boundary (SRID 4326, x = longitude, y = latitude), by alpha-2 code.</summary>
    public IReadOnlyDictionary<string, Geometry> Boundaries => _boundaries;

    /// <summary>
    /// The envelope of every polygon of every country, as decoded and before any repair: a repair only removes
    /// what collapsed, so a country's boundary lies within the envelopes of its polygons.
    /// </summary>
    internal IEnumerable<(string Alpha2, Envelope Envelope)> PolygonEnvelopes =>
        _uncheckedFeatures.SelectMany(country => country.Value
            .SelectMany(feature => Enumerable.Range(0, feature.NumGeometries).Select(i => feature.GetGeometryN(i).EnvelopeInternal))
            .Select(envelope => (country.Key, envelope)));

    /// <summary>The country's boundary, or <c>null</c> when Natural Earth does not draw it on its own.</summary>
    public Geometry? BoundaryOf(string alpha2) => _boundaries.TryGetValue(alpha2, out var boundary) ? boundary : null;

    /// <summary>Maps the features of <paramref name="objectName"/> in <paramref name="topology"/> to their countries.</summary>
    /// <exception cref="InvalidDataException">A feature has no id and no name mapped here, or an id with no code.</exception>
    public static WorldCountries FromTopology(Topology topology, string objectName, IReadOnlyDictionary<int, string> alpha2ByNumeric) =>
        FromTopology(topology, objectName, alpha2ByNumeric, featuresAreValid: false);

    /// <param name="featuresAreValid">
    /// Whether every feature is known to decode valid, so that checking each is skipped; merged features are checked.
    /// </param>
    internal static WorldCountries FromTopology(
        Topology topology,
        string objectName,
        IReadOnlyDictionary<int, string> alpha2ByNumeric,
        bool featuresAreValid)
    {
        var decoder = new TopologyDecoder(topology);
        var features = topology.Objects[objectName]
            .Select(feature => (Alpha2: Alpha2Of(feature, alpha2ByNumeric), Geometry: decoder.DecodeUnchecked(feature)))
            .Where(feature => !feature.Geometry.IsEmpty)
            .GroupBy(feature => feature.Alpha2, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(feature => feature.Geometry).ToArray(), StringComparer.Ordinal);
        return new WorldCountries(features, featuresAreValid);
    }

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
        var assembly = typeof(WorldCountries).Assembly;
        using var topologyStream = assembly.GetManifestResourceStream(TopologyResource)
            ?? throw new InvalidOperationException($"'{TopologyResource}' is not embedded");
        using var codesStream = assembly.GetManifestResourceStream(CodesResource)
            ?? throw new InvalidOperationException($"'{CodesResource}' is not embedded");
        // Every shipped feature decodes valid (WorldCountriesTests checks each): checking them again at every start
        // cost a quarter of a second of CPU in any build that draws a world map, which reads every country.
        return FromTopology(TopoJsonReader.Read(topologyStream), CountriesObjectName, IsoNumericCodeReader.Read(codesStream), featuresAreValid: true);
    }
}
