using Portal.Pipeline.Monitoring;

namespace Portal.Tests.Pipeline.Monitoring;

/// <summary>What a build reports of itself while it runs (progress) and when it ends (each phase's cost).</summary>
public sealed class BuildMonitorTests
{
    /// <summary>Keeps every report, from whichever thread sends it.</summary>
    private sealed class Recorder : IProgress<BuildProgress>
    {
        private readonly Lock _gate = new();

        public List<BuildProgress> Reports { get; } = [];

        public void Report(BuildProgress value)
        {
            lock (_gate)
            {
                Reports.Add(value);
            }
        }
    }

    private static (BuildResult Result, Recorder Progress) Build(TempContent content)
    {
        content.Write();
        var progress = new Recorder();
        var options = new BuildOptions(content.ContentDirectory, content.OutputDirectory, RepoPaths.Theme, null, content.RootDirectory, Today: TestDate.Today);
        return (PortalBuild.Run(options, monitor: new BuildMonitor(progress)), progress);
    }

    [Test]
    public void A_build_times_every_phase_in_order_with_its_allocations_and_the_peak_memory_so_far()
    {
        using var content = new TempContent();

        var (result, _) = Build(content);

        Assert.That(result.Succeeded, Is.True, string.Join('\n', result.Diagnostics));
        Assert.That(result.Timings.Select(t => t.Phase), Is.EqualTo(Enum.GetValues<BuildPhase>()));
        Assert.Multiple(() =>
        {
            Assert.That(result.Timings.All(t => t.Wall > TimeSpan.Zero), Is.True, "every phase took some time");
            Assert.That(result.Timings.Sum(t => t.Wall.Ticks), Is.LessThanOrEqualTo(result.Elapsed.Ticks), "the phases lie within the build");
            Assert.That(result.Timings.Single(t => t.Phase == BuildPhase.Render).AllocatedBytes, Is.GreaterThan(0), "rendering allocates");
            Assert.That(result.Timings.Select(t => t.PeakWorkingSetBytes), Is.Ordered, "a peak never goes down");
            Assert.That(result.Timings[0].PeakWorkingSetBytes, Is.GreaterThan(1 << 20));
        });
    }

    [Test]
    public void Progress_counts_each_page_composed_and_rendered_up_to_the_total()
    {
        using var content = new TempContent();

        var (result, progress) = Build(content);

        Assert.That(result.Succeeded, Is.True, string.Join('\n', result.Diagnostics));
        var render = progress.Reports.Where(r => r.Phase == BuildPhase.Render).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(progress.Reports.Select(r => r.Phase).Distinct(), Is.EqualTo(Enum.GetValues<BuildPhase>()), "each phase is announced, in order");
            Assert.That(render.Select(r => r.Done).Order(), Is.EqualTo(Enumerable.Range(0, result.PagesWritten + 1)), "0, then one report per page");
            Assert.That(render.Select(r => r.Total).Distinct(), Is.EqualTo(new[] { result.PagesWritten }));
            Assert.That(Directory.EnumerateFiles(content.OutputDirectory, "*", SearchOption.AllDirectories).Count(), Is.EqualTo(result.FilesWritten + 1), "the files counted as written, written as they were rendered, and the output's mark");
            Assert.That(progress.Reports.Where(r => r.Phase == BuildPhase.Compose).Max(r => r.Done), Is.EqualTo(result.PagesWritten), "compose counts the pages it made");
        });
    }

    [Test]
    public void A_build_that_fails_in_binding_times_the_phases_it_ran_and_no_more()
    {
        using var content = new TempContent();
        content.WithLine("municipalities/huddinge.md", 3, "location: {lat: 999, lon: 17.98}");

        var (result, _) = Build(content);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Timings.Select(t => t.Phase), Does.Not.Contain(BuildPhase.Write), "nothing is written after an error");
        Assert.That(result.Timings.Select(t => t.Phase).Take(2), Is.EqualTo(new[] { BuildPhase.Read, BuildPhase.Bind }));
    }
}
