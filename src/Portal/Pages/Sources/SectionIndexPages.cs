using Portal.Pages.Views;

namespace Portal.Pages.Sources;

/// <summary>The index of each section: relationships by municipality, countries, networks, decisions (newest first), municipalities.</summary>
public sealed class SectionIndexPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var content = context.Index.Content;
        var relationships = context.InListingOrder(content.Relationships);
        var networks = content.Networks.OrderBy(n => n.Name, context.Collation).ToList();
        var decisions = content.Decisions.OrderByDescending(d => d.Date).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList();
        return
        [
            .. Paged(context, Section.Relationships, relationships, (rows, part, nav) => new RelationshipIndexView(rows.GroupedByMunicipality(part), relationships.Count, nav)),
            Page(context, Section.Countries, rows => new CountryIndexView(rows.Countries(context.Index.Countries))),
            .. Paged(context, Section.Networks, networks, (rows, part, nav) => new NetworkIndexView(rows.Networks(part), nav)),
            .. Paged(context, Section.Decisions, decisions, (rows, part, nav) => new DecisionIndexView(rows.Decisions(part), nav)),
            Page(context, Section.Municipalities, rows => new MunicipalityIndexView(rows.Municipalities(content.Municipalities))),
        ];
    }

    /// <summary>
    /// A section whose list grows with the site, a hundred to a page: the first page is the section's index, the
    /// others follow it (<c>sida-2.html</c>, …) below it in the breadcrumbs.
    /// </summary>
    private static IEnumerable<PageDocument> Paged<T>(ComposeContext context, Section section, IReadOnlyList<T> items, Func<Rows, IReadOnlyList<T>, PaginationView, PageView> view) =>
        context.ListPages(items, number => context.Routes.SectionIndex(context.Language, section, number)).Select(list =>
        {
            var shown = view(list.Page.Rows, list.Part, list.Pagination);
            var title = context.ListPageTitle(context.SectionTitle(section), list.Pagination);
            var summary = SectionSummary(context, section);
            return list.IsFirst
                ? list.Page.Generated(title, summary, shown)
                : list.Page.Document(title, summary, null, shown, context.Breadcrumbs(title, context.SectionCrumb(section)));
        });

    private static PageDocument Page(ComposeContext context, Section section, Func<Rows, PageView> view)
    {
        var page = context.PageAt(context.Routes.SectionIndex(context.Language, section));
        return page.Generated(context.SectionTitle(section), SectionSummary(context, section), view(page.Rows));
    }

    private static string SectionSummary(ComposeContext context, Section section) => context.Ui($"section.{SiteRoutes.Folders[section]}.description");
}
