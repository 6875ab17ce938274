using Portal.Pages.Views;
using Portal.Routing;

namespace Portal.Pages.Sources;

/// <summary>The index of each section: relationships by municipality, countries, networks, decisions (newest first), municipalities.</summary>
public sealed class SectionIndexPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var index = context.Index;
        yield return Page(context, Section.Relationships, links =>
        {
            var rows = new Rows(context, links);
            return new RelationshipIndexView(rows.GroupedByMunicipality(index.Content.Relationships), index.Content.Relationships.Count);
        });
        yield return Page(context, Section.Countries, links => new CountryIndexView(
            index.Countries
                .Select(code => new CountryRow(
                    links.To(context.Routes.Country(context.Language, code)),
                    context.CountryName(code),
                    index.RelationshipsByCountry[code].Count(),
                    index.NetworksByCountry[code].Count()))
                .OrderBy(c => c.Name, context.Collation)
                .ToList()));
        yield return Page(context, Section.Networks, links => new NetworkIndexView(new Rows(context, links).Networks(index.Content.Networks)));
        yield return Page(context, Section.Decisions, links => new DecisionIndexView(new Rows(context, links).Decisions(index.Content.Decisions)));
        yield return Page(context, Section.Municipalities, links => new MunicipalityIndexView(
            index.Content.Municipalities
                .OrderBy(m => m.Name, context.Collation)
                .Select(m => new LinkView(links.To(context.Routes.Municipality(context.Language, m.Slug)), m.Name))
                .ToList()));
    }

    private static PageDocument Page(ComposeContext context, Section section, Func<PageLinks, object> view)
    {
        var title = context.Ui($"section.{SiteRoutes.Folders[section]}");
        return new PageDocument(
            context.Routes.SectionIndex(context.Language, section),
            context.Language,
            $"index-{SiteRoutes.Folders[section]}",
            title,
            context.Ui($"section.{SiteRoutes.Folders[section]}.description"),
            null,
            [context.HomeCrumb, new Crumb(title, null)],
            view);
    }
}
