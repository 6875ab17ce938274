using Portal.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>
/// A whole build of the demo content with nothing reused (<c>portal build</c>), and a check (<c>portal check</c>,
/// which draws no maps; the aim: under 2 s, to suit a pre-commit hook).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
[MemoryDiagnoser]
public class BuildBenchmarks : DemoContentBenchmark
{
    [Benchmark]
    public int Build() => Generate(drawMaps: true);

    [Benchmark]
    public int Check() => Generate(drawMaps: false);

    private int Generate(bool drawMaps)
    {
        var options = new BuildOptions("input", "output", DemoContent.Theme, null, Content.Root, drawMaps);
        return PortalBuild.Generate(options, new DiagnosticBag())?.Count ?? throw new InvalidOperationException("the demo content does not build");
    }
}
