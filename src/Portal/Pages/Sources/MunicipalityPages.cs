
using Portal.Model;
using Portal.Pages.Views;
using Portal.Routing;

namespace Portal.Pages.Sources;

public sealed class MunicipalityPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context) =>
        context.Index.Content.Municipalities.Select(m => new PageDocument(
            context.Routes.Municipality(context.Language, m.Slug),
            context.Language,
            "municipality",
            m.Name,
            m.Summary,
            m.Text,
            [context.HomeCrumb, context.SectionCrumb(Section.Municipalities), new Crumb(m.Name, null)],
            links =>
            {
                var rows = new Rows(context, links);
                return new MunicipalityView(
                    m.Name,
                    KebabName.Of(m.Kind),
                    m.County,
                    m.Website?.AbsoluteUri,
                    Coordinates.Format(m.Location),
                    rows.Relationships(context.Index.RelationshipsByMunicipality[m.Slug]),
                    rows.Networks(context.Index.NetworksByMunicipality[m.Slug]),
                    rows.Decisions(context.Index.DecisionsByMunicipality[m.Slug]),
                    new PageMaps(context, links).Municipality(m, "relationships-heading"));
            }));
}
