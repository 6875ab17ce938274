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
    /// others follow it (<c>sida-2.html</c>, …), each linking to all the others by a pagination.
    /// </summary>
    private static IEnumerable<PageDocument> Paged<T>(ComposeContext context, Section section, IReadOnlyList<T> items, Func<Rows, IReadOnlyList<T>, PaginationView, PageView> view)
    {
        var pages = Paging.Split(items);
        var folder = SiteRoutes.Folders[section];
        var title = context.Ui($"section.{folder}");
        var summary = context.Ui($"section.{folder}.description");
        Route RouteOf(int number) => context.Routes.SectionIndex(context.Language, section, number);
        for (var number = 1; number <= pages.Count; number++)
        {
            var page = context.PageAt(RouteOf(number));
            var shown = view(page.Rows, pages[number - 1], page.Pagination(number, pages.Count, RouteOf));
            if (number == 1)
            {
                yield return page.Generated(title, summary, shown);
                continue;
            }

            var numbered = context.NumberedTitle(title, number, pages.Count);
            yield return page.Document(numbered, summary, null, shown, context.Breadcrumbs(numbered, context.SectionCrumb(section)));
        }
    }

    private static PageDocument Page(ComposeContext context, Section section, Func<Rows, PageView> view)
    {
        var page = context.PageAt(context.Routes.SectionIndex(context.Language, section));
        var folder = SiteRoutes.Folders[section];
        return page.Generated(context.Ui($"section.{folder}"), context.Ui($"section.{folder}.description"), view(page.Rows));
    }
}
