using Portal.Content.History;
using Portal.Pages.Sources;

namespace Portal.Content.Networks;

/// <summary><c>networks/&lt;slug&gt;.md</c>: an organisation, network, project or twinning chain, with its member municipalities.</summary>
public sealed class NetworkDefinition() : ContentKindDefinition(
    new ContentKindNames(ContentKind.Network, "networks", "network", ("nätverk", "network"), ("Uppgifterna överst i networks/<slug>.md: en organisation, ett nätverk, ett projekt eller en vänortskedja.", "The front matter of networks/<slug>.md: an organisation, network, project or twinning chain.")),
    KeyList,
    NetworkBinder.Bind,
    new NetworkPages(),
    new NetworkScaffold())
{
    public static readonly KeyDefinition[] MemberKeys =
    [
        new("municipality", KeyTypes.Slug, "Kommunen: filnamnet i municipalities/ utan .md.", "The municipality: its file name in municipalities/ without .md.") { Required = true },
        new("since", KeyTypes.YearOrDate, "Medlem sedan: årtal eller datum.", "Member since: a year or a date."),
        new("until", KeyTypes.YearOrDate, "Medlem till: årtal eller datum, inte före since.", "Member until: a year or a date, not before since."),
        new("role", KeyTypes.Text, "Roll, fritext (styrelseledamot).", "Role, free text (board member)."),
        HistoryKey.Definition,
    ];

    public static readonly KeyDefinition[] KeyList =
    [
        new("name", KeyTypes.Text, "Nätverkets namn (Eurocities).", "The network's name (Eurocities).") { Required = true, Translatable = true },
        new("nameLanguage", KeyTypes.LanguageTag, "Språket som name är skrivet på, enligt BCP 47, om det inte är webbplatsens förstaspråk (en för Union of Baltic Cities). Namnet märks då med sitt språk, så att en skärmläsare uttalar det rätt.", "The BCP 47 language name is written in, where it is not the site's first language (en for Union of Baltic Cities). The name is then marked with its language, so that a screen reader pronounces it right."),
        new("kind", KeyTypes.Enum<NetworkKind>(), "Sort", "Kind") { Required = true },
        new("website", KeyTypes.Url, "Nätverkets webbplats, en fullständig adress.", "The network's website, an absolute address."),
        new("country", KeyTypes.Country, "Landet där nätverket har sitt säte: ISO 3166-1 alfa-2, versaler (BE).", "The country of its seat: ISO 3166-1 alpha-2, upper case (BE)."),
        new("location", KeyTypes.Location, "Sätets position, {lat: 50.85, lon: 4.35}.", "The seat's position, {lat: 50.85, lon: 4.35}."),
        new("members", KeyTypes.MappingList(MemberKeys), "Medlemmar: en lista av {municipality, since, until, role, history}.", "Members: a list of {municipality, since, until, role, history}."),
        new("decisions", KeyTypes.SlugList, "Beslut om nätverket: filnamn i decisions/ utan .md, som lista.", "Decisions about the network: file names in decisions/ without .md, as a list."),
        CommonKeys.Summary,
    ];

    public override Route RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages) =>
        routes.Network(language, path.Slug);
}
