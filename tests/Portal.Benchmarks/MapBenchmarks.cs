using NetTopologySuite.Geometries;
using Portal.Maps.Rendering;

namespace Portal.Benchmarks;

/// <summary>
/// Drawing the countries of maps once the shared levels of detail are simplified, as a site's compose phase draws its
/// base layers: every country's own map and the world's.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[MemoryDiagnoser]
public class MapBenchmarks
{
    private (Envelope Extent, MapFrame Frame)[] _maps = [];

    /// <summary>Also draws them once, so the benchmark measures the maps and not the levels they share.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var boundaries = SimplifiedBoundaries.Shipped.Originals;
        var countries = boundaries.Keys.Order(StringComparer.Ordinal).Select(country => MapExtent.AroundCountry(boundaries[country], new Envelope()));
        _maps = [.. countries.Select(extent => (extent, MapFrame.Fit(extent, 640))), (MapExtent.World, MapFrame.Fit(MapExtent.World, 640, world: true))];
        DrawEveryCountrysMapAndTheWorlds();
    }

    [Benchmark]
    public int DrawEveryCountrysMapAndTheWorlds() =>
        _maps.Sum(map => CountryShapeProjector.Project(SimplifiedBoundaries.Shipped, map.Frame, map.Extent).Count);
}
