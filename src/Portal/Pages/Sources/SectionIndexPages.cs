using Portal.Pages.Views;

namespace Portal.Pages.Sources;

/// <summary>The index of each section: relationships by municipality, countries, networks, decisions (newest first), municipalities.</summary>
public sealed class SectionIndexPages : IPageSource
{
    public IEnumerable<PageDocument> Compose(ComposeContext context)
    {
        var index = context.Index;
        foreach (var page in RelationshipPages(context))
        {
            yield return page;
        }

        yield return Page(context, Section.Countries, rows => new CountryIndexView(rows.Countries(index.Countries)));
        yield return Page(context, Section.Networks, rows => new NetworkIndexView(rows.Networks(index.Content.Networks)));
        yield return Page(context, Section.Decisions, rows => new DecisionIndexView(rows.Decisions(index.Content.Decisions)));
        yield return Page(context, Section.Municipalities, rows => new MunicipalityIndexView(rows.Municipalities(index.Content.Municipalities)));
    }

    /// <summary>
    /// The relationships by municipality, a hundred to a page: the first page is the section's index, the others
    /// follow it (<c>sida-2.html</c>, …), each linking to all the others by a pagination.
    /// </summary>
    private static IEnumerable<PageDocument> RelationshipPages(ComposeContext context)
    {
        var all = context.Index.Content.Relationships
            .OrderBy(r => context.MunicipalityName(r.Key.Municipality), context.Collation)
            .ThenBy(r => r.Key.Municipality, StringComparer.Ordinal)
            .ThenBy(r => r.Name, context.Collation)
            .ToList();
        var pages = Paging.Split(all);
        var folder = SiteRoutes.Folders[Section.Relationships];
        var title = context.Ui($"section.{folder}");
        var summary = context.Ui($"section.{folder}.description");
        Route RouteOf(int number) => context.Routes.SectionIndex(context.Language, Section.Relationships, number);
        for (var number = 1; number <= pages.Count; number++)
        {
            var page = context.PageAt(RouteOf(number));
            var view = new RelationshipIndexView(page.Rows.GroupedByMunicipality(pages[number - 1]), all.Count, page.Pagination(number, pages.Count, RouteOf));
            if (number == 1)
            {
                yield return page.Generated(title, summary, view);
                continue;
            }

            // A later page is titled by its number, so that every page's title tells it apart, and sits below the first.
            var numbered = string.Format(context.Culture, context.Ui("pagination.title"), title, number, pages.Count);
            yield return page.Document(numbered, summary, null, view, context.Breadcrumbs(numbered, context.SectionCrumb(Section.Relationships)));
        }
    }

    private static PageDocument Page(ComposeContext context, Section section, Func<Rows, PageView> view)
    {
        var page = context.PageAt(context.Routes.SectionIndex(context.Language, section));
        var folder = SiteRoutes.Folders[section];
        return page.Generated(context.Ui($"section.{folder}"), context.Ui($"section.{folder}.description"), view(page.Rows));
    }
}
