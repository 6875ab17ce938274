using Portal.Pages.Views;

namespace Portal.Content.Networks;

public sealed class NetworkPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context) =>
        context.PagesOf(context.Index.Content.Networks, n => context.Routes.Network(context.Language, n.Slug), (n, page) =>
        {
            var view = new NetworkView
            {
                Name = n.Name,
                Kind = KebabName.Of(n.Kind),
                Website = n.Website?.AbsoluteUri,
                Country = n.Country is null ? null : page.Rows.Country(n.Country),
                Members = page.Rows.Members(n.Members),
                Relationships = page.Rows.Relationships(context.Index.RelationshipsByNetwork[n.Slug]),
                Decisions = page.Rows.Decisions(context.Index.DecisionsByNetwork[n.Slug]),
                Map = page.Maps.Network(n, n.Members.Count > 0 ? "members-heading" : "places-heading"),
            };
            return page.Item(n.Name, n, view, context.SectionCrumb(Section.Networks));
        });
}
