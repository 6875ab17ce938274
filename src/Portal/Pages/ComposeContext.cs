using System.Globalization;
using Portal.Countries;
using Portal.CrossReferences;
using Portal.Maps;
using Portal.Pages.Views;

namespace Portal.Pages;

/// <summary>What every page source needs to compose one language's pages.</summary>
public sealed record ComposeContext(
    string Language,
    SiteSettings Site,
    PortalIndex Index,
    SiteRoutes Routes,
    CountryNames Countries,
    Func<string, string> Ui,
    MapRenderer? Maps)
{
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Language);

    /// <summary>Sorts names as readers of the page's language expect (å, ä, ö after z in Swedish).</summary>
    public StringComparer Collation { get; } = StringComparer.Create(CultureInfo.GetCultureInfo(Language), ignoreCase: true);

    public string CountryName(string code) => Countries.NameOf(code, Language);

    /// <summary>The municipality's name, or its slug where no municipality file has that slug, so the page still says which one is meant.</summary>
    public string MunicipalityName(string slug) => Index.MunicipalityName(slug);

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
    /// The title of a later page of a list (<c>Samarbeten, sida 2 av 3</c>): every page's title tells it apart, in the
    /// browser's tab and to a screen reader.
    /// </summary>
    public string NumberedTitle(string title, int number, int count) => string.Format(Culture, Ui("pagination.title"), title, number, count);

    /// <summary>The page at <paramref name="route"/>, to compose its view and document with hrefs from there.</summary>
    public PageComposer PageAt(Route route, bool isNotFound = false) => new(this, route, isNotFound);

    public Crumb HomeCrumb => new(Ui("nav.home"), Routes.Home(Language));

    public Crumb SectionCrumb(Section section) => new(Ui($"section.{SiteRoutes.Folders[section]}"), Routes.SectionIndex(Language, section));

    /// <summary>Every page's trail but the home page's own: home, then <paramref name="via"/>, then the page itself (not a link).</summary>
    public IReadOnlyList<Crumb> Breadcrumbs(string title, params IEnumerable<Crumb> via) => [HomeCrumb, .. via, new Crumb(title, null)];
}
