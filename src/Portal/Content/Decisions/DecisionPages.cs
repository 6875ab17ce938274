using Portal.Pages.Views;

namespace Portal.Content.Decisions;

public sealed class DecisionPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context) =>
        context.PagesOf(context.Index.Content.Decisions, d => context.Routes.Decision(context.Language, d.Slug), (d, page) =>
        {
            var documents = d.Documents.Select(doc => doc.AssetPath is not null
                ? new DocumentView(page.Links.To(SiteRoutes.Asset(doc.AssetPath)), doc.Label, false)
                : new DocumentView(doc.Url!.AbsoluteUri, doc.Label, true)).ToList();
            var view = new DecisionView(
                page.Rows.Decision(d),
                d.Body,
                d.BodyLanguage,
                d.Outcome,
                d.OutcomeLanguage,
                documents,
                page.Rows.Relationships(context.Index.ConcernedRelationships[d.Slug]),
                page.Rows.Networks(context.Index.ConcernedNetworks[d.Slug]));
            return page.Item(d.Title, d, view, context.SectionCrumb(Section.Decisions)) with { Feed = context.MunicipalityFeed(d.Municipality) };
        });
}
