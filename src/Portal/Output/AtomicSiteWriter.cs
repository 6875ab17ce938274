namespace Portal.Output;

/// <summary>Writes a whole site that is already in memory (a preview's) atomically, or not at all: see <see cref="StagedSite"/>.</summary>
public static class AtomicSiteWriter
{
    /// <exception cref="OutputBusyException">Another write kept the output folder locked for all of the options' wait.</exception>
    public static void Write(string outputDirectory, IReadOnlyList<OutputFile> files, SiteWriteOptions? options = null)
    {
        using var site = StagedSite.Open(outputDirectory, options);
        Parallel.ForEach(files, site.Add);
        site.Commit();
    }
}
