namespace Portal.Output;

/// <summary>How <see cref="AtomicSiteWriter"/> writes: the defaults are for builds; tests take the fallback.</summary>
public sealed record SiteWriteOptions
{
    public static SiteWriteOptions Default { get; } = new();

    /// <summary>
    /// Whether the swap tries the system's atomic exchange first. False takes the fallback of two renames, as on a
    /// system or file system without exchange.
    /// </summary>
    public bool AtomicExchange { get; init; } = true;
}
