namespace Portal.Pipeline.Monitoring;

/// <summary>
/// Where a build is: its phase and, for phases that go item by item, how many of how many are done (0 of 0 when the
/// phase has no items to count).
/// </summary>
public readonly record struct BuildProgress(BuildPhase Phase, int Done, int Total);
