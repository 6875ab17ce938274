namespace Portal.Output;

/// <summary>
/// Where a build puts each file as soon as it is made: a <see cref="StagedSite"/> on disk for <c>portal build</c>, so
/// no page's bytes wait in memory for the rest, or a <see cref="SiteInMemory"/> for what serves or reads the site whole.
/// </summary>
public interface ISiteOutput
{
    /// <summary>Takes one file; called from many threads at once.</summary>
    /// <exception cref="IOException">The file could not be put where it goes.</exception>
    void Add(OutputFile file);
}
