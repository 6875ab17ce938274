namespace Portal.Pipeline.Monitoring;

/// <summary>
/// What one phase cost: its wall time, the bytes it allocated (on every thread), and the process's peak working set
/// when it ended, which is the most memory the build had held by then.
/// </summary>
public sealed record PhaseTiming(BuildPhase Phase, TimeSpan Wall, long AllocatedBytes, long PeakWorkingSetBytes);
