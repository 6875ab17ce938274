using System.Collections.Frozen;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;

namespace Portal.Geography;

/// <summary>
/// Finds the country at a point and checks a point against a country. The envelope of every polygon of every country
/// is indexed, so a query looks only at the few countries near the point, each prepared for fast point tests the
/// first time it is looked at. Because 1:50m coasts are coarse, a point that no country contains is accepted for a
/// country within <see cref="ToleranceDegrees"/> of it; a point inside another country is never accepted. Distances
/// are planar, in degrees of longitude and latitude. Safe to share between threads.
/// </summary>
public sealed class CountryLocator
{
    /// <summary>How far from a country's coast a point at sea still counts as the country, in degrees.</summary>
    public const double DefaultToleranceDegrees = 0.25;

    private readonly STRtree<string> _index = new();
    private readonly FrozenDictionary<string, Lazy<IPreparedGeometry>> _prepared;
    private readonly GeometryFactory _factory = new(new PrecisionModel(), TopologyDecoder.Wgs84Srid);

    public CountryLocator(WorldCountries countries, double toleranceDegrees = DefaultToleranceDegrees)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(toleranceDegrees);
        ToleranceDegrees = toleranceDegrees;
        foreach (var (alpha2, envelope) in countries.PolygonEnvelopes)
        {
            _index.Insert(envelope, alpha2);
        }

        // Building now makes later queries read-only, hence thread-safe.
        _index.Build();
        _prepared = countries.Boundaries.Keys.ToFrozenDictionary(
            alpha2 => alpha2,
            alpha2 => new Lazy<IPreparedGeometry>(() => PreparedGeometryFactory.Prepare(countries.Boundaries[alpha2])),
            StringComparer.Ordinal);
    }

    public double ToleranceDegrees { get; }

    /// <summary>
    /// The alpha-2 code of the country whose polygon contains the point; if none does, of the nearest country within
    /// <see cref="ToleranceDegrees"/>; otherwise <c>null</c>.
    /// </summary>
    public string? CountryAt(double latitude, double longitude)
    {
        var point = PointAt(latitude, longitude);
        return CountriesCovering(point).FirstOrDefault() ?? NearestWithinTolerance(point);
    }

    /// <summary>
    /// Whether the point is inside the country's polygon, or, when no country contains it, within
    /// <see cref="ToleranceDegrees"/> of it.
    /// </summary>
    public bool Contains(string alpha2, double latitude, double longitude)
    {
        var point = PointAt(latitude, longitude);
        var covering = CountriesCovering(point);
        return covering.Count > 0
            ? covering.Contains(alpha2, StringComparer.Ordinal)
            : CountriesNear(point).Contains(alpha2, StringComparer.Ordinal) && DistanceTo(alpha2, point) <= ToleranceDegrees;
    }

    /// <summary>Whether the point is in the country, and if not, where it is and whether it looks swapped.</summary>
    public CoordinateCheck Check(string alpha2, double latitude, double longitude)
    {
        if (!_prepared.ContainsKey(alpha2))
        {
            return new CoordinateCheck(CoordinateCheckOutcome.NotDrawn);
        }

        if (Contains(alpha2, latitude, longitude))
        {
            return new CoordinateCheck(CoordinateCheckOutcome.Ok);
        }

        var found = CountryAt(latitude, longitude);
        return Contains(alpha2, latitude: longitude, longitude: latitude)
            ? new CoordinateCheck(CoordinateCheckOutcome.LooksSwapped, found)
            : new CoordinateCheck(CoordinateCheckOutcome.WrongCountry, found);
    }

    private Point PointAt(double latitude, double longitude) => _factory.CreatePoint(new Coordinate(longitude, latitude));

    /// <summary>The countries whose boundary contains the point or has it on its border, in code order.</summary>
    private List<string> CountriesCovering(Point point) =>
        _index.Query(point.EnvelopeInternal)
            .Distinct(StringComparer.Ordinal)
            .Where(alpha2 => _prepared[alpha2].Value.Covers(point))
            .Order(StringComparer.Ordinal)
            .ToList();

    private string? NearestWithinTolerance(Point point) =>
        CountriesNear(point)
            .Select(alpha2 => (Alpha2: alpha2, Distance: DistanceTo(alpha2, point)))
            .Where(candidate => candidate.Distance <= ToleranceDegrees)
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Alpha2, StringComparer.Ordinal)
            .Select(candidate => candidate.Alpha2)
            .FirstOrDefault();

    /// <summary>The countries with a polygon whose envelope is within the tolerance of the point.</summary>
    private IEnumerable<string> CountriesNear(Point point)
    {
        var search = point.EnvelopeInternal.Copy();
        search.ExpandBy(ToleranceDegrees);
        return _index.Query(search).Distinct(StringComparer.Ordinal);
    }

    private double DistanceTo(string alpha2, Point point) => _prepared[alpha2].Value.Geometry.Distance(point);
}
