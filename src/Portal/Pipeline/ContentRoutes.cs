using Portal.Input;
using Portal.Model;
using Portal.Routing;

namespace Portal.Pipeline;

/// <summary>Which page each content file becomes, in one language: the map a body's <c>.md</c> links are resolved with.</summary>
public static class ContentRoutes
{
    public static IReadOnlyDictionary<string, Route> For(string language, IEnumerable<ContentDocument> documents, SiteRoutes routes, IReadOnlySet<string> countriesWithPages)
    {
        var map = new Dictionary<string, Route>(StringComparer.Ordinal);
        foreach (var path in documents.Select(d => d.Path))
        {
            Route? route = path.Kind switch
            {
                ContentKind.Municipality => routes.Municipality(language, path.Slug),
                ContentKind.Relationship => routes.Relationship(language, new RelationshipKey(path.Folder, path.Slug)),
                ContentKind.Network => routes.Network(language, path.Slug),
                ContentKind.Decision => routes.Decision(language, path.Slug),
                ContentKind.Page => routes.FreePage(language, path.Folder, path.Slug),
                ContentKind.Country when countriesWithPages.Contains(path.Slug.ToUpperInvariant()) => routes.Country(language, path.Slug),
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
