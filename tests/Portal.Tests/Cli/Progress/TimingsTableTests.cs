using Portal.Cli.Progress;
using Portal.Pipeline.Monitoring;

namespace Portal.Tests.Cli.Progress;

/// <summary><c>portal build --timings</c>'s table.</summary>
public sealed class TimingsTableTests
{
    private const long MiB = 1024 * 1024;

    [Test]
    public void Each_phase_is_a_row_of_wall_time_allocations_and_peak_memory_and_the_total_sums_and_peaks()
    {
        PhaseTiming[] timings =
        [
            new(BuildPhase.Read, TimeSpan.FromMilliseconds(215), 16 * MiB, 95 * MiB),
            new(BuildPhase.Compose, TimeSpan.FromMilliseconds(4960), 2482 * MiB, 148 * MiB),
        ];

        var lines = TimingsTable.Lines(timings, TimeSpan.FromMilliseconds(5300));

        Assert.That(lines, Is.EqualTo(new[]
        {
            "phase       wall   allocated  peak memory",
            "read     0.215 s    16.0 MiB     95.0 MiB",
            "compose  4.960 s  2482.0 MiB    148.0 MiB",
            "total    5.300 s  2498.0 MiB    148.0 MiB",
        }));
    }
}
