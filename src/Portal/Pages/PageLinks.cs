using Portal.Routing;

namespace Portal.Pages;

/// <summary>
/// Writes hrefs from one page. Ordinary pages link relatively; the 404 page is served at any depth, so it links
/// by absolute path under the base URL's path instead.
/// </summary>
public sealed class PageLinks(Route from, string? absoluteBasePath)
{
    public Route From { get; } = from;

    public string To(Route target) => absoluteBasePath is null ? From.HrefTo(target) : absoluteBasePath + target.EscapedPath;
}
