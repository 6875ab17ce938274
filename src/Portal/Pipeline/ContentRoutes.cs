using Portal.Content;

namespace Portal.Pipeline;

/// <summary>Which page each content file becomes, in one language: the map a body's <c>.md</c> links are resolved with.</summary>
public static class ContentRoutes
{
    /// <remarks>
    /// Every content file found is mapped, even one that could not be read, so that a link to it is not reported as
    /// a link to a missing file on top of the file's own error. A link to a translation (<c>vanda.en.md</c>) leads to
    /// the page in the translation's language.
    /// </remarks>
    public static IReadOnlyDictionary<string, Route> For(string language, IEnumerable<ContentPath> paths, SiteRoutes routes, IReadOnlySet<string> countriesWithPages)
    {
        var map = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var pageLanguage = path.Language ?? language;
            var route = ContentKinds.Of(path.Kind).RouteOf(path, pageLanguage, routes, countriesWithPages);
            if (route is not null)
            {
                map[path.RelativePath] = route;
            }
        }

        return map;
    }
}
