namespace Portal.Pages;

/// <summary>
/// Writes hrefs from one page. Ordinary pages link relatively; the 404 page is served at any depth, so it links
/// by absolute path under the base URL's path instead.
/// </summary>
public sealed class PageLinks(Route from, string? absoluteBasePath)
{
    public Route From { get; } = from;

    /// <summary>The links of the page at <paramref name="route"/>: by absolute path under <paramref name="baseUrl"/> for the 404 page.</summary>
    public static PageLinks For(Route route, bool isNotFound, Uri baseUrl) => new(route, isNotFound ? baseUrl.AbsolutePath : null);

    public string To(Route target) => absoluteBasePath is null ? From.HrefTo(target) : absoluteBasePath + target.EscapedPath;
}
