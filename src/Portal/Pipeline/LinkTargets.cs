namespace Portal.Pipeline;

/// <summary>
/// The files a body's links may lead to in one language: each content file's page, and the assets. Made once per
/// language and shared by its pages; the index of files a broken link may have meant is made at the first one.
/// </summary>
public sealed class LinkTargets(IReadOnlyDictionary<string, Route> contentRoutes, IReadOnlySet<string> assets)
{
    private readonly Lazy<NearestFiles> _nearest = new(() => new NearestFiles([.. contentRoutes.Keys, .. assets]));

    public IReadOnlyDictionary<string, Route> ContentRoutes => contentRoutes;

    public IReadOnlySet<string> Assets => assets;

    /// <inheritdoc cref="NearestFiles.Find"/>
    public string? Nearest(string path) => _nearest.Value.Find(path);
}
