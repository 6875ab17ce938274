using Portal.Markdown.Links;

namespace Portal.Pipeline;

/// <summary>Resolves links in a body to content files and assets, for one page in one language.</summary>
public sealed class ContentLinkResolver(LinkTargets targets, PageLinks links) : ILinkResolver
{
    public string? Resolve(string inputPath)
    {
        if (targets.ContentRoutes.TryGetValue(inputPath, out var route))
        {
            return links.To(route);
        }

        return targets.Assets.Contains(inputPath) ? links.To(SiteRoutes.Asset(inputPath)) : null;
    }

    public string? Nearest(string inputPath) => targets.Nearest(inputPath);
}
