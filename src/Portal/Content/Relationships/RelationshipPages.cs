using Portal.Pages.Views;

namespace Portal.Content.Relationships;

public sealed class RelationshipPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context) =>
        context.PagesOf(context.Index.Content.Relationships, r => context.Routes.Relationship(context.Language, r.Key), (r, page) =>
        {
            var municipality = context.MunicipalityName(r.Key.Municipality);
            var network = r.Network is not null && context.Index.Networks.TryGetValue(r.Network, out var n)
                ? page.Rows.Link(context.Routes.Network(context.Language, n.Slug), n.Name)
                : null;
            var view = new RelationshipView
            {
                Row = page.Rows.Relationship(r),
                SinceText = r.Since is { } since ? context.FormatDate(since) : null,
                UntilText = r.Until is { } until ? context.FormatDate(until) : null,
                HasEnded = r.Status == RelationshipStatus.Ended || r.Until is not null,
                Region = r.Region,
                Position = Coordinates.Format(r.Location, context.Culture),
                Areas = r.Areas.Select(KebabName.Of).ToList(),
                Financing = r.Financing.Select(KebabName.Of).ToList(),
                Network = network,
                MemberCount = r.MemberCount,
                MemberCountYear = r.MemberCountYear,
                Website = r.Website?.AbsoluteUri,
                Decisions = page.Rows.Decisions(context.Index.DecisionsByRelationship[r.Key]),
                History = page.Rows.History(r.History),
                Timeline = r.History.Count == 0 ? null : RelationshipTimeline.Draw(context, "timeline", string.Format(context.Culture, context.Ui("relationship.timeline"), r.Name), [r]),
                Map = page.Maps.Relationship(r, "facts-list"),
            };
            // A relationship's page sits under its municipality's, whose name also tells apart partners with the same name.
            var municipalityCrumb = new Crumb(municipality, context.Routes.Municipality(context.Language, r.Key.Municipality));
            return page.Item(r.Name, r, view, context.SectionCrumb(Section.Relationships), municipalityCrumb) with
            {
                TitleQualifier = municipality,
                Feed = context.MunicipalityFeed(r.Key.Municipality),
            };
        });
}
