using Portal.Pages.Views;

namespace Portal.Pages.Sources;

/// <summary>The index of each section: relationships by municipality, countries, networks, decisions (newest first), municipalities.</summary>
public sealed class SectionIndexPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var index = context.Index;
        PageLinks Links(Section section) => context.LinksFrom(context.Routes.SectionIndex(context.Language, section));
        yield return Page(context, Section.Relationships, new RelationshipIndexView(
            new Rows(context, Links(Section.Relationships)).GroupedByMunicipality(index.Content.Relationships), index.Content.Relationships.Count));
        var countries = Links(Section.Countries);
        yield return Page(context, Section.Countries, new CountryIndexView(
            index.Countries
                .Select(code => new CountryRow(
                    countries.To(context.Routes.Country(context.Language, code)),
                    context.CountryName(code),
                    index.RelationshipsByCountry[code].Count(),
                    index.NetworksByCountry[code].Count()))
                .OrderBy(c => c.Name, context.Collation)
                .ToList()));
        yield return Page(context, Section.Networks, new NetworkIndexView(new Rows(context, Links(Section.Networks)).Networks(index.Content.Networks)));
        yield return Page(context, Section.Decisions, new DecisionIndexView(new Rows(context, Links(Section.Decisions)).Decisions(index.Content.Decisions)));
        var municipalities = Links(Section.Municipalities);
        yield return Page(context, Section.Municipalities, new MunicipalityIndexView(
            index.Content.Municipalities
                .OrderBy(m => m.Name, context.Collation)
                .Select(m => new LinkView(municipalities.To(context.Routes.Municipality(context.Language, m.Slug)), m.Name))
                .ToList()));
    }

    private static PageDocument Page(ComposeContext context, Section section, PageView view)
    {
        var title = context.Ui($"section.{SiteRoutes.Folders[section]}");
        return new PageDocument
        {
            Route = context.Routes.SectionIndex(context.Language, section),
            Language = context.Language,
            Title = title,
            Summary = context.Ui($"section.{SiteRoutes.Folders[section]}.description"),
            Body = null,
            Breadcrumbs = context.Breadcrumbs(title),
            View = view,
        };
    }
}
