namespace Portal.Benchmarks;

/// <summary>A benchmark on its own copy of the demo content, made before its runs and removed after them.</summary>
public abstract class DemoContentBenchmark
{
    protected DemoContent Content { get; private set; } = null!;

    [GlobalSetup]
    public virtual void Setup() => Content = new DemoContent();

    [GlobalCleanup]
    public void Cleanup() => Content.Dispose();
}
