using System.Globalization;
using Portal.Pages.Views;

namespace Portal.Feeds;

/// <summary>The feeds' titles in a language, the same in the feed and in the pages' links to it.</summary>
public static class FeedTitles
{
    /// <param name="ui">The theme's strings of the feed's language.</param>
    public static string Portal(Func<string, string> ui, string language, string siteTitle) =>
        string.Format(CultureInfo.GetCultureInfo(language), ui("feed.title"), siteTitle);

    public static string Municipality(Func<string, string> ui, string language, string municipalityName) =>
        string.Format(CultureInfo.GetCultureInfo(language), ui("feed.municipality-title"), municipalityName);

    /// <summary>The visible link to a municipality's feed on its page: "Följ Huddinges beslut och ändringar …".</summary>
    public static string MunicipalityLink(Func<string, string> ui, string language, string municipalityName) =>
        string.Format(CultureInfo.GetCultureInfo(language), ui("feed.municipality-link"), Genitive.In(language, municipalityName));
}
