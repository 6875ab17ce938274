using System.Collections.Concurrent;

namespace Portal.Output;

/// <summary>Every file of a site, kept: for the preview, which serves them, and for <c>portal check</c> and tests.</summary>
public sealed class SiteInMemory : ISiteOutput
{
    private readonly ConcurrentQueue<OutputFile> _files = new();

    public void Add(OutputFile file) => _files.Enqueue(file.InMemory());

    /// <summary>The files in the order of their paths, whatever order the threads made them in.</summary>
    public IReadOnlyList<OutputFile> Files => _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
}
