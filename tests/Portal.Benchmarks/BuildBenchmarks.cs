using Portal.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>
/// A whole build of the demo content with nothing reused (<c>portal build</c>), and a check (<c>portal check</c>,
/// which draws no maps; the aim: under 2 s, to suit a pre-commit hook).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private DemoContent _content = null!;

    [GlobalSetup]
    public void Setup() => _content = new DemoContent();

    [GlobalCleanup]
    public void Cleanup() => _content.Dispose();

    [Benchmark]
    public int Build() => Generate(drawMaps: true);

    [Benchmark]
    public int Check() => Generate(drawMaps: false);

    private int Generate(bool drawMaps)
    {
        var options = new BuildOptions("input", "output", DemoContent.Theme, null, _content.Root, drawMaps);
        return PortalBuild.Generate(options, new DiagnosticBag())?.Count ?? throw new InvalidOperationException("the demo content does not build");
    }
}
