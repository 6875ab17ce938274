using Portal.Pages.Views;

namespace Portal.Content.Networks;

public sealed class NetworkPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context) =>
        context.Index.Content.Networks.Select(n =>
        {
            var route = context.Routes.Network(context.Language, n.Slug);
            var links = context.LinksFrom(route);
            var rows = new Rows(context, links);
            var view = new NetworkView
            {
                Name = n.Name,
                Kind = KebabName.Of(n.Kind),
                Website = n.Website?.AbsoluteUri,
                Country = n.Country is null ? null : rows.Country(n.Country),
                Members = rows.Members(n.Members),
                Relationships = rows.Relationships(context.Index.RelationshipsByNetwork[n.Slug]),
                Decisions = rows.Decisions(context.Index.DecisionsByNetwork[n.Slug]),
                Map = new PageMaps(context, links).Network(n, n.Members.Count > 0 ? "members-heading" : "places-heading"),
            };
            return context.ItemPage(route, n.Name, n, view, context.SectionCrumb(Section.Networks));
        });
}
