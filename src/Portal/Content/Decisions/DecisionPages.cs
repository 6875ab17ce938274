using Portal.Pages.Views;

namespace Portal.Content.Decisions;

public sealed class DecisionPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context) =>
        context.Index.Content.Decisions.Select(d =>
        {
            var route = context.Routes.Decision(context.Language, d.Slug);
            var links = context.LinksFrom(route);
            var rows = new Rows(context, links);
            var documents = d.Documents.Select(doc => doc.AssetPath is not null
                ? new DocumentView(links.To(SiteRoutes.Asset(doc.AssetPath)), doc.Label, false)
                : new DocumentView(doc.Url!.AbsoluteUri, doc.Label, true)).ToList();
            var view = new DecisionView(
                rows.Decision(d),
                d.Body,
                d.Outcome,
                documents,
                rows.Relationships(context.Index.ConcernedRelationships[d.Slug]),
                rows.Networks(context.Index.ConcernedNetworks[d.Slug]));
            return context.ItemPage(route, d.Title, d, view, context.SectionCrumb(Section.Decisions));
        });
}
