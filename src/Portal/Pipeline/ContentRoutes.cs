using Portal.Input;
using Portal.Model;
using Portal.Routing;

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
            Route? route = path.Kind switch
            {
                ContentKind.Municipality => routes.Municipality(pageLanguage, path.Slug),
                ContentKind.Relationship => routes.Relationship(pageLanguage, new RelationshipKey(path.Folder, path.Slug)),
                ContentKind.Network => routes.Network(pageLanguage, path.Slug),
                ContentKind.Decision => routes.Decision(pageLanguage, path.Slug),
                ContentKind.Page => routes.FreePage(pageLanguage, path.Folder, path.Slug),
                ContentKind.Country when countriesWithPages.Contains(path.Slug.ToUpperInvariant()) => routes.Country(pageLanguage, path.Slug),
                _ => null,
            };
            if (route is not null)
            {
                map[path.RelativePath] = route;
            }
        }

        return map;
    }
}
