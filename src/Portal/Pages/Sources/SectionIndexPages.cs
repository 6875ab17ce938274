using Portal.Pages.Views;

namespace Portal.Pages.Sources;

/// <summary>The index of each section: relationships by municipality, countries, networks, decisions (newest first), municipalities.</summary>
public sealed class SectionIndexPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var index = context.Index;
        yield return Page(context, Section.Relationships, rows => new RelationshipIndexView(rows.GroupedByMunicipality(index.Content.Relationships), index.Content.Relationships.Count));
        yield return Page(context, Section.Countries, rows => new CountryIndexView(rows.Countries(index.Countries)));
        yield return Page(context, Section.Networks, rows => new NetworkIndexView(rows.Networks(index.Content.Networks)));
        yield return Page(context, Section.Decisions, rows => new DecisionIndexView(rows.Decisions(index.Content.Decisions)));
        yield return Page(context, Section.Municipalities, rows => new MunicipalityIndexView(rows.Municipalities(index.Content.Municipalities)));
    }

    private static PageDocument Page(ComposeContext context, Section section, Func<Rows, PageView> view)
    {
        var page = context.PageAt(context.Routes.SectionIndex(context.Language, section));
        var folder = SiteRoutes.Folders[section];
        return page.Generated(context.Ui($"section.{folder}"), context.Ui($"section.{folder}.description"), view(page.Rows));
    }
}
