using Portal.Routing;

namespace Portal.OpenData.Catalogue;

/// <summary>
/// Describes the open data as a DCAT-AP-SE 3.0.1 catalogue: one dataset for the relationships (data/partners.csv,
/// .json, .geojson) and one for their history (data/history.csv, .json), a distribution for each file. A pure
/// function of the settings and the files' sizes, so the catalogue is the same wherever and whenever it is built.
/// </summary>
public static class OpenDataCatalogue
{
    /// <summary>Where the catalogue is published, under the base URL.</summary>
    public static readonly Route Route = new("datasets/dcat.rdf");

    /// <summary>The files the catalogue describes, by path in the output: its distributions.</summary>
    public static readonly IReadOnlyList<string> Files = ["data/partners.csv", "data/partners.json", "data/partners.geojson", "data/history.csv", "data/history.json"];

    private const string DataPortalOrganisation = "http://dataportal.se/organisation/SE";
    private const string LocalAuthority = "http://purl.org/adms/publishertype/LocalAuthority";
    private const string GovernmentAndPublicSector = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
    private const string Sweden = "http://publications.europa.eu/resource/authority/country/SWE";
    private const string Public = "http://publications.europa.eu/resource/authority/access-right/PUBLIC";

    /// <summary>
    /// The English labels the EU's vocabularies give the concepts the catalogue names: DCAT-AP's shapes ask each
    /// concept for a <c>skos:prefLabel</c>, and a harvester that does not load the vocabularies still shows a name.
    /// </summary>
    public static string? EnglishLabelOf(string concept) => concept switch
    {
        LocalAuthority => "Local Authority",
        GovernmentAndPublicSector => "Government and public sector",
        _ => null,
    };

    /// <summary>The catalogue itself is in the public domain, whatever the data's licence.</summary>
    private static readonly string CatalogueLicense = OpenDataInfo.Cc0.AbsoluteUri;

    /// <param name="byteSize">The size in bytes of the file at an output path of <see cref="Files"/>, as written.</param>
    public static DcatCatalogue Describe(SiteSettings settings, Func<string, long> byteSize)
    {
        var here = Route.AbsoluteUnder(settings.BaseUrl);
        string Fragment(string name) => $"{here}#{name}";
        var license = settings.OpenData.License.AbsoluteUri;
        var publisher = new DcatAgent(
            settings.OrganisationNumber is { } number ? DataPortalOrganisation + number.Digits : Fragment("publisher"),
            settings.Publisher,
            LocalAuthority);
        var contact = settings.OpenData.ContactEmail is { } email ? new DcatContact(Fragment("contact"), settings.Publisher, "mailto:" + email) : null;

        DcatDistribution Distribution(string path, DcatFileType type, string swedish, string english) => new(
            Fragment(path["data/".Length..].Replace('.', '-')),
            [new("sv", swedish), new("en", english)],
            new Route(path).AbsoluteUnder(settings.BaseUrl),
            type,
            byteSize(path),
            license);

        DcatDataset Dataset(string name, LanguageText[] title, LanguageText[] description, LanguageText[] keywords, DcatDistribution[] distributions) =>
            new(Fragment(name), title, description, keywords, [GovernmentAndPublicSector], Sweden, Public, contact, distributions);

        return new DcatCatalogue(
            Fragment("catalog"),
            [new("sv", $"Öppna data från {settings.Publisher}"), new("en", $"Open data from {settings.Publisher}")],
            [
                new("sv", $"Kommunernas internationella relationer som öppna data, från webbplatsen {settings.Title.In("sv")}: vänorter, partnerskap och medlemskap i nätverk, och deras historik."),
                new("en", $"The municipalities' international relationships as open data, from the website {settings.Title.In("en")}: twin towns, partnerships and network memberships, and their history."),
            ],
            new Route(string.Empty).AbsoluteUnder(settings.BaseUrl),
            settings.Languages,
            publisher,
            CatalogueLicense,
            [
                Dataset(
                    "partners",
                    [new("sv", "Internationella relationer"), new("en", "International relationships")],
                    [
                        new("sv", "Kommunernas vänorter, kommunala partnerskap och medlemskap i nätverk: en post per relation, med kommun, partnerort, land, typ, status, start- och slutår, plats och nätverk."),
                        new("en", "The municipalities' twin towns, municipal partnerships and network memberships: a record per relationship, with municipality, partner, country, type, status, years of start and end, location and network."),
                    ],
                    [new("sv", "vänorter"), new("sv", "internationella relationer"), new("sv", "kommunala partnerskap"), new("en", "twin towns"), new("en", "international relations"), new("en", "municipal partnerships")],
                    [
                        Distribution("data/partners.csv", DcatFileType.Csv, "Relationerna som CSV", "The relationships as CSV"),
                        Distribution("data/partners.json", DcatFileType.Json, "Relationerna som JSON", "The relationships as JSON"),
                        Distribution("data/partners.geojson", DcatFileType.GeoJson, "Relationerna som GeoJSON-punkter", "The relationships as GeoJSON points"),
                    ]),
                Dataset(
                    "history",
                    [new("sv", "Internationella relationers historik"), new("en", "History of the international relationships")],
                    [
                        new("sv", "En post per ändring av status för en relation eller ett medlemskap i ett nätverk, med datum och det beslut som ändringen bygger på."),
                        new("en", "A record per change of status of a relationship or a network membership, with its date and the decision behind it."),
                    ],
                    [new("sv", "vänorter"), new("sv", "beslut"), new("sv", "historik"), new("en", "twin towns"), new("en", "decisions"), new("en", "history")],
                    [
                        Distribution("data/history.csv", DcatFileType.Csv, "Historiken som CSV", "The history as CSV"),
                        Distribution("data/history.json", DcatFileType.Json, "Historiken som JSON", "The history as JSON"),
                    ]),
            ]);
    }
}
