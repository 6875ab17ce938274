using Portal.Feeds;
using Portal.Pages.Views;
using Portal.Templates;

namespace Portal.Content.Municipalities;

public sealed class MunicipalityPages : IPageSource
{
    /// <summary>When each relationship began and ended, drawn on one axis; null when no relationship has a year.</summary>
    private static TimelineView? Timeline(ComposeContext context, Municipality municipality)
    {
        // A relationship with no year at all has nothing to draw; the table beside lists it.
        var relationships = context.Index.RelationshipsByMunicipality[municipality.Slug]
            .Where(RelationshipTimeline.CanDraw)
            .OrderBy(r => RelationshipTimeline.Start(r) ?? int.MinValue).ThenBy(r => r.Name, context.Collation).ToList();
        if (relationships.Count == 0)
        {
            return null;
        }

        var title = string.Format(context.Culture, context.Ui("timeline.title"), Genitive.In(context.Language, municipality.Name));
        return RelationshipTimeline.Draw(context, "timeline", title, relationships);
    }

    public IEnumerable<PageDocument> Compose(ComposeContext context) =>
        context.PagesOf(context.Index.Content.Municipalities, m => context.Routes.Municipality(context.Language, m.Slug), (m, page) =>
        {
            var feed = context.Routes.MunicipalityFeed(context.Language, m.Slug);
            var view = new MunicipalityView
            {
                Name = m.Name,
                Kind = KebabName.Of(m.Kind),
                County = m.County,
                Website = m.Website?.AbsoluteUri,
                Position = Coordinates.Format(m.Location, context.Culture),
                Relationships = page.Rows.Relationships(context.Index.RelationshipsByMunicipality[m.Slug]),
                Networks = page.Rows.Memberships(m.Slug, context.Index.NetworksByMunicipality[m.Slug]),
                Decisions = page.Rows.Decisions(context.Index.DecisionsByMunicipality[m.Slug]),
                Map = page.Maps.Municipality(m, "relationships-heading"),
                Timeline = Timeline(context, m),
                Feed = new LinkView(page.Links.To(feed), FeedTitles.MunicipalityLink(context.Ui, context.Language, m.Name)),
            };
            return page.Item(m.Name, m, view, context.SectionCrumb(Section.Municipalities)) with { Feed = context.MunicipalityFeed(m.Slug) };
        });
}
