using Portal.Markdown.Links;

namespace Portal.Pipeline;

/// <summary>Resolves links in a body to content files and assets, for one page in one language.</summary>
public sealed class ContentLinkResolver(IReadOnlyDictionary<string, Route> contentRoutes, IReadOnlySet<string> assets, PageLinks links) : ILinkResolver
{
    public string? Resolve(string inputPath)
    {
        if (contentRoutes.TryGetValue(inputPath, out var route))
        {
            return links.To(route);
        }

        return assets.Contains(inputPath) ? links.To(SiteRoutes.Asset(inputPath)) : null;
    }

    public string? Nearest(string inputPath) => RelativePaths.Nearest(inputPath, [.. contentRoutes.Keys, .. assets]);
}
