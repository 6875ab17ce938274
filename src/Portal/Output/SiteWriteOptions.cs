namespace Portal.Output;

/// <summary>How <see cref="StagedSite"/> writes: the defaults are for builds; tests shorten the wait or take the fallback.</summary>
public sealed record SiteWriteOptions
{
    public static SiteWriteOptions Default { get; } = new();

    /// <summary>
    /// How long a write waits for another write of the same output folder (a second <c>portal build</c>, a preview
    /// with <c>--output</c>) before it fails. Writing a whole site takes seconds; this is for one that hangs.
    /// </summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Whether the swap tries the system's atomic exchange first. False takes the fallback of two renames, as on a
    /// system or file system without exchange.
    /// </summary>
    public bool AtomicExchange { get; init; } = true;
}
