using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

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
public sealed class SimplifiedBoundaries(IReadOnlyDictionary<string, Geometry> boundaries)
{
    private static readonly Lazy<SimplifiedBoundaries> LazyShipped = new(() => new SimplifiedBoundaries(Geography.WorldCountries.Shipped.Boundaries));

    private readonly ConcurrentDictionary<(string Country, int Level), Lazy<MultiPolygon>> _cache = new();

    /// <summary>
    /// The shipped boundaries' simplifications, shared by every build in the process (a preview rebuilding, a test
    /// run building many sites): each is a pure function of the data, worked out once.
    /// </summary>
    public static SimplifiedBoundaries Shipped => LazyShipped.Value;

    public IReadOnlyDictionary<string, Geometry> Originals => boundaries;

    /// <summary>The level whose tolerance (2^level degrees) is the largest not above <paramref name="toleranceDegrees"/>.</summary>
    public static int LevelFor(double toleranceDegrees) => (int)Math.Floor(Math.Log2(Math.Max(toleranceDegrees, 1e-6)));

    public MultiPolygon At(string country, int level) =>
        _cache.GetOrAdd((country, level), key => new Lazy<MultiPolygon>(() =>
            RingSimplifier.Simplify(boundaries[key.Country], Math.Pow(2, key.Level)))).Value;
}
