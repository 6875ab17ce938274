using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using Portal.Geography;
using Portal.Maps.Planar;

namespace Portal.Maps.Rendering;

/// <summary>
/// Country boundaries simplified in degrees, at tolerances that are powers of two, computed once and shared by every
/// map that needs that level of detail. Simplifying before projecting means each map projects and clips only the
/// points it can show, which keeps a site's hundreds of maps fast.
/// </summary>
/// <remarks>
/// Douglas-Peucker, without topology repair: a level's tolerance is under a pixel of the maps that use it, so where
/// two neighbours' simplified borders part, the gap is narrower than the white line drawn between countries. The
/// topology-preserving simplifier would keep them joined at many times the cost: it was most of a build's time.
/// </remarks>
public sealed class SimplifiedBoundaries
{
    private static readonly Lazy<SimplifiedBoundaries> LazyShipped = new(() => new SimplifiedBoundaries(WorldCountries.Shipped));

    private readonly IReadOnlyDictionary<string, Geometry> _boundaries;
    private readonly (string Country, Envelope[] Polygons)[] _polygonEnvelopes;
    private readonly ConcurrentDictionary<(string Country, int Level), Lazy<IReadOnlyList<PlanePolygon>>> _cache = new();

    public SimplifiedBoundaries(WorldCountries countries)
    {
        _boundaries = countries.Boundaries;
        _polygonEnvelopes = countries.PolygonEnvelopes
            .GroupBy(polygon => polygon.Alpha2, StringComparer.Ordinal)
            .OrderBy(country => country.Key, StringComparer.Ordinal)
            .Select(country => (country.Key, country.Select(polygon => polygon.Envelope).ToArray()))
            .ToArray();
    }

    /// <summary>
    /// The shipped boundaries' simplifications, shared by every build in the process (a preview rebuilding, a test
    /// run building many sites): each is a pure function of the data, worked out once.
    /// </summary>
    public static SimplifiedBoundaries Shipped => LazyShipped.Value;

    public IReadOnlyDictionary<string, Geometry> Originals => _boundaries;

    /// <summary>The level whose tolerance (2^level degrees) is the largest not above <paramref name="toleranceDegrees"/>.</summary>
    public static int LevelFor(double toleranceDegrees) => (int)Math.Floor(Math.Log2(Math.Max(toleranceDegrees, 1e-6)));

    /// <summary>
    /// The countries with a polygon whose envelope intersects <paramref name="box"/>, in the order of their codes.
    /// </summary>
    /// <remarks>
    /// Judged by the polygons as decoded, so that no boundary is repaired or merged only to learn that it lies on the
    /// far side of the world: a boundary's first reading repairs it, which for every country was a tenth of a build.
    /// A repair only drops what collapsed, so every country whose boundary comes near the box is among these; one
    /// that is listed but whose boundary does not is drawn as nothing.
    /// </remarks>
    public IEnumerable<string> CountriesNear(Envelope box) =>
        _polygonEnvelopes.Where(country => country.Polygons.Any(box.Intersects)).Select(country => country.Country);

    /// <summary>The country's polygons simplified at the level, as arrays of points (x longitude, y latitude).</summary>
    public IReadOnlyList<PlanePolygon> At(string country, int level) =>
        _cache.GetOrAdd((country, level), key => new Lazy<IReadOnlyList<PlanePolygon>>(() =>
            RingSimplifier.Simplify(_boundaries[key.Country], Math.Pow(2, key.Level)))).Value;
}
