using Portal.Pages.Views;

namespace Portal.Pages.Sources;

/// <summary>The index of each section: relationships by municipality, countries, networks, decisions (newest first), municipalities.</summary>
public sealed class SectionIndexPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var content = context.Index.Content;
        var relationships = content.Relationships;
        return
        [
            .. Paged(context, Section.Relationships, relationships.Count, () => context.InListingOrder(relationships), (rows, part, nav) => new RelationshipIndexView(rows.GroupedByMunicipality(part), relationships.Count, nav)),
            .. Page(context, Section.Countries, rows => new CountryIndexView(rows.Countries(context.Index.Countries))),
            .. Paged(context, Section.Networks, content.Networks.Count, () => content.Networks.OrderBy(n => n.Name, context.Collation).ToList(), (rows, part, nav) => new NetworkIndexView(rows.Networks(part), nav)),
            .. Paged(context, Section.Decisions, content.Decisions.Count, () => content.Decisions.OrderByDescending(d => d.Date).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList(), (rows, part, nav) => new DecisionIndexView(rows.Decisions(part), nav)),
            .. Page(context, Section.Municipalities, rows => new MunicipalityIndexView(rows.Municipalities(content.Municipalities))),
        ];
    }

    /// <summary>
    /// A section whose list grows with the site, a hundred to a page: the first page is the section's index, the
    /// others follow it (<c>sida-2.html</c>, …) below it in the breadcrumbs.
    /// </summary>
    private static IEnumerable<PageDocument> Paged<T>(ComposeContext context, Section section, int count, Func<IReadOnlyList<T>> ordered, Func<Rows, IReadOnlyList<T>, PaginationView, PageView> view) =>
        context.ListPages(count, ordered, number => context.Routes.SectionIndex(context.Language, section, number)).Select(list =>
        {
            var shown = view(list.Page.Rows, list.Part, list.Pagination);
            var title = context.ListPageTitle(context.SectionTitle(section), list.Pagination);
            var summary = SectionSummary(context, section);
            return list.IsFirst
                ? list.Page.Generated(title, summary, shown)
                : list.Page.Document(title, summary, null, shown, context.Breadcrumbs(title, context.SectionCrumb(section)));
        });

    private static IEnumerable<PageDocument> Page(ComposeContext context, Section section, Func<Rows, PageView> view) =>
        context.PagesOf([section], s => context.Routes.SectionIndex(context.Language, s), (_, page) =>
            page.Generated(context.SectionTitle(section), SectionSummary(context, section), view(page.Rows)));

    private static string SectionSummary(ComposeContext context, Section section) => context.Ui($"section.{SiteRoutes.Folders[section]}.description");
}
