using Portal.Pages.Views;

namespace Portal.Pages;

/// <summary>
/// One page being composed: its route, and the rows and map of its view, all writing hrefs from that route, so that a
/// view cannot carry links made for another page.
/// </summary>
public sealed class PageComposer
{
    private readonly ComposeContext _context;

    public PageComposer(ComposeContext context, Route route, bool isNotFound = false)
    {
        _context = context;
        Route = route;
        Links = PageLinks.For(route, isNotFound, context.Site.BaseUrl);
        Rows = new Rows(context, Links);
        Maps = new PageMaps(context, Links);
    }

    public Route Route { get; }

    public PageLinks Links { get; }

    public Rows Rows { get; }

    public PageMaps Maps { get; }

    /// <summary>The pagination of page <paramref name="current"/> of <paramref name="count"/>, its hrefs from this page.</summary>
    public PaginationView Pagination(int current, int count, Func<int, Route> routeOf)
    {
        string? Href(int number) => number >= 1 && number <= count ? Links.To(routeOf(number)) : null;
        return new PaginationView(
            current,
            count,
            Href(current - 1),
            Href(current + 1),
            Paging.Window(current, count).Select(n => new PageNumberView(n, n == 0 ? null : Href(n), n == current)).ToList());
    }

    /// <summary>
    /// The page of one content item: its summary and text, crumbs from home through <paramref name="via"/> (its section,
    /// and whatever stands between) to itself. The item is null where the page is made without one (a country with no intro).
    /// </summary>
    public PageDocument Item(string title, IContentItem? item, PageView view, params IEnumerable<Crumb> via) =>
        Document(title, item?.Summary, item?.Text, view, _context.Breadcrumbs(title, via)) with { TitleLanguage = item?.TitleLanguage };

    /// <summary>A page with no content file behind it (a section's index, the 404 page): the theme's words, one step below home.</summary>
    public PageDocument Generated(string title, string summary, PageView view) =>
        Document(title, summary, null, view, _context.Breadcrumbs(title));

    public PageDocument Document(string title, string? summary, ContentText? body, PageView view, IReadOnlyList<Crumb> breadcrumbs) =>
        new()
        {
            Route = Route,
            Language = _context.Language,
            Title = title,
            Summary = summary,
            Body = body,
            Breadcrumbs = breadcrumbs,
            View = view,
        };
}
