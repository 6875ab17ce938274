using System.Globalization;
using Portal.Countries;
using Portal.CrossReferences;
using Portal.Model;
using Portal.Routing;

namespace Portal.Pages;

/// <summary>What every page source needs to compose one language's pages.</summary>
public sealed record ComposeContext(
    string Language,
    SiteSettings Site,
    PortalIndex Index,
    SiteRoutes Routes,
    CountryNames Countries,
    Func<string, string> Ui)
{
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Language);

    public string CountryName(string code) => Countries.NameOf(code, Language);

    public Crumb HomeCrumb => new(Ui("nav.home"), Routes.Home(Language));

    public Crumb SectionCrumb(Section section) => new(Ui($"section.{SiteRoutes.Folders[section]}"), Routes.SectionIndex(Language, section));
}
