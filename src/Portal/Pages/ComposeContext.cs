using System.Globalization;
using Portal.Countries;
using Portal.CrossReferences;
using Portal.Feeds;
using Portal.Maps;
using Portal.Pages.Views;
using Portal.Templates;

namespace Portal.Pages;

/// <summary>What every page source needs to compose one language's pages.</summary>
/// <param name="Theme">The theme's files as this site publishes them, which a page may link to (the search page its script).</param>
public sealed record ComposeContext(
    string Language,
    SiteSettings Site,
    PortalIndex Index,
    SiteRoutes Routes,
    CountryNames Countries,
    Func<string, string> Ui,
    MapRenderer? Maps,
    ThemeAssets Theme)
{
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Language);

    /// <summary>
    /// Whether this composition makes the page at a route: every page for a build, only the pages open in a browser
    /// for a preview's first look after an edit. Sources ask before composing a page's view, which is the cost.
    /// </summary>
    public Func<Route, bool> Includes { get; init; } = _ => true;

    /// <summary>The page of each item whose page this composition makes (<see cref="Includes"/>), composed by <paramref name="compose"/>.</summary>
    public IEnumerable<PageDocument> PagesOf<T>(IEnumerable<T> items, Func<T, Route> routeOf, Func<T, PageComposer, PageDocument> compose)
    {
        foreach (var item in items)
        {
            var route = routeOf(item);
            if (Includes(route))
            {
                yield return compose(item, PageAt(route));
            }
        }
    }

    /// <summary>Sorts names as readers of the page's language expect (å, ä, ö after z in Swedish).</summary>
    public StringComparer Collation { get; } = StringComparer.Create(CultureInfo.GetCultureInfo(Language), ignoreCase: true);

    public string CountryName(string code) => Countries.NameOf(code, Language);

    /// <summary>The municipality's name, or its slug where no municipality file has that slug, so the page still says which one is meant.</summary>
    public string MunicipalityName(string slug) => Index.MunicipalityName(slug);

    /// <summary>A municipality's feed, which the pages about it advertise beside the portal's.</summary>
    public PageFeed MunicipalityFeed(string slug) =>
        new(Routes.MunicipalityFeed(Language, slug), FeedTitles.Municipality(Ui, Language, MunicipalityName(slug)));

    /// <summary>A date as readers of the page's language write it: "1 juni 1994", or just "1994" when only the year is known.</summary>
    public string FormatDate(PartialDate date) =>
        date.ToDateOnly() is { } full ? full.ToString("d MMMM yyyy", Culture) : date.Year.ToString(CultureInfo.InvariantCulture);

    public string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>Relationships as lists show them: by municipality, then by name, as readers of the language sort.</summary>
    public IReadOnlyList<Relationship> InListingOrder(IEnumerable<Relationship> relationships) =>
        relationships
            .OrderBy(r => MunicipalityName(r.Key.Municipality), Collation)
            .ThenBy(r => r.Key.Municipality, StringComparer.Ordinal)
            .ThenBy(r => r.Name, Collation)
            .ToList();

    /// <summary>
    /// The pages of a list that grows with the site, a hundred to a page: page <c>n</c> at <c>routeOf(n)</c>, each
    /// with its part of the list and a pagination to the others. One page when the list is short (or empty).
    /// </summary>
    /// <param name="count">How many items the list has.</param>
    /// <param name="ordered">The items in the list's order, asked for once, and only when a page of the list is
    /// composed (<see cref="Includes"/>): ordering a long list by the language's collation is most of the cost.</param>
    public IEnumerable<ListPage<T>> ListPages<T>(int count, Func<IReadOnlyList<T>> ordered, Func<int, Route> routeOf)
    {
        var pageCount = Paging.PageCount(count);
        IReadOnlyList<T>? items = null;
        for (var number = 1; number <= pageCount; number++)
        {
            if (!Includes(routeOf(number)))
            {
                continue;
            }

            items ??= ordered();
            var page = PageAt(routeOf(number));
            yield return new ListPage<T>(page, Paging.Part(items, number), page.Pagination(number, pageCount, routeOf), number == 1);
        }
    }

    /// <summary>
    /// The title of a page of a list: the list's own on the first, numbered on the others (<c>Samarbeten, sida 2 av
    /// 3</c>), so that every page's title tells it apart, in the browser's tab and to a screen reader.
    /// </summary>
    public string ListPageTitle(string title, PaginationView pagination) =>
        pagination.Current == 1 ? title : string.Format(Culture, Ui("pagination.title"), title, pagination.Current, pagination.Count);

    /// <summary>A section's name, as its index's heading and its crumb show it.</summary>
    public string SectionTitle(Section section) => Ui($"section.{SiteRoutes.Folders[section]}");

    /// <summary>The page at <paramref name="route"/>, to compose its view and document with hrefs from there.</summary>
    public PageComposer PageAt(Route route, bool isNotFound = false) => new(this, route, isNotFound);

    public Crumb HomeCrumb => new(Ui("nav.home"), Routes.Home(Language));

    public Crumb SectionCrumb(Section section) => new(SectionTitle(section), Routes.SectionIndex(Language, section));

    /// <summary>Every page's trail but the home page's own: home, then <paramref name="via"/>, then the page itself (not a link).</summary>
    public IReadOnlyList<Crumb> Breadcrumbs(string title, params IEnumerable<Crumb> via) => [HomeCrumb, .. via, new Crumb(title, null)];
}
