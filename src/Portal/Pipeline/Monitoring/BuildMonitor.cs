using System.Diagnostics;

namespace Portal.Pipeline.Monitoring;

/// <summary>
/// Follows one build: times each phase (wall time, allocations, peak memory) and reports progress to whoever shows it.
/// Phases start and end on the build's thread; <see cref="Advance"/> may be called from any thread.
/// </summary>
public sealed class BuildMonitor(IProgress<BuildProgress>? progress = null)
{
    private readonly List<PhaseTiming> _timings = [];
    private BuildPhase _phase;
    private int _done;
    private int _total;

    /// <summary>A monitor that times the phases and shows nothing.</summary>
    public static BuildMonitor Silent => new();

    public IReadOnlyList<PhaseTiming> Timings => _timings;

    /// <summary>How the theme's templates ran (compiled, or interpreted and why); null until pages render.</summary>
    public string? Templates { get; private set; }

    public void RecordTemplates(string execution) => Templates = execution;

    /// <summary>Starts <paramref name="phase"/>; disposing the result ends it and records its timing.</summary>
    public PhaseScope Phase(BuildPhase phase, int total = 0)
    {
        _phase = phase;
        _total = total;
        Volatile.Write(ref _done, 0);
        progress?.Report(new BuildProgress(phase, 0, total));
        return new PhaseScope(this, phase);
    }

    /// <summary>One more item of the current phase is done.</summary>
    public void Advance()
    {
        var done = Interlocked.Increment(ref _done);
        progress?.Report(new BuildProgress(_phase, done, _total));
    }

    private void End(PhaseTiming timing) => _timings.Add(timing);

    /// <summary>A running phase; ends when disposed.</summary>
    public readonly struct PhaseScope : IDisposable
    {
        private readonly BuildMonitor _monitor;
        private readonly BuildPhase _phase;
        private readonly long _start;
        private readonly long _allocatedAtStart;

        internal PhaseScope(BuildMonitor monitor, BuildPhase phase)
        {
            _monitor = monitor;
            _phase = phase;
            _start = Stopwatch.GetTimestamp();
            _allocatedAtStart = GC.GetTotalAllocatedBytes();
        }

        public void Dispose()
        {
            using var process = Process.GetCurrentProcess();
            _monitor.End(new PhaseTiming(
                _phase,
                Stopwatch.GetElapsedTime(_start),
                GC.GetTotalAllocatedBytes() - _allocatedAtStart,
                process.PeakWorkingSet64));
        }
    }
}
