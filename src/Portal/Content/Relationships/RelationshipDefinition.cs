using Portal.Content.History;
using Portal.CrossReferences;
using Portal.Pages.Sources;

namespace Portal.Content.Relationships;

/// <summary><c>partners/&lt;municipality&gt;/&lt;slug&gt;.md</c>: one relationship of a municipality with a partner place.</summary>
public sealed class RelationshipDefinition() : ContentKindDefinition(
    new ContentKindNames(ContentKind.Relationship, "partners", "relationship", ("relation", "relationship"), ("Uppgifterna överst i partners/<kommun>/<slug>.md: en relation mellan kommunen och en partnerort.", "The front matter of partners/<municipality>/<slug>.md: one relationship between the municipality and a partner place.")),
    KeyList,
    RelationshipBinder.Bind,
    new RelationshipPages(),
    new RelationshipScaffold())
{
    public static readonly KeyDefinition[] KeyList =
    [
        new("name", KeyTypes.CellText, "Partnerortens namn på svenska (Åbo).", "The partner's name as shown in Swedish (Åbo).") { Required = true, Translatable = true },
        new("localName", KeyTypes.CellText, "Namnet på partnerns eget språk (Turku).", "The name in the partner's own language (Turku).") { Translatable = true },
        new("localNameLanguage", KeyTypes.LanguageTag, "Språket som localName är skrivet på, enligt BCP 47 (fi, zh).", "The BCP 47 language localName is written in (fi, zh)."),
        new("country", KeyTypes.Country, "Land: ISO 3166-1 alfa-2, versaler (FI; AX för Åland, FO för Färöarna, GL för Grönland).", "Country: ISO 3166-1 alpha-2, upper case (FI; AX for Åland, FO for the Faroe Islands, GL for Greenland).") { Required = true },
        new("region", KeyTypes.CellText, "Region, fritext (Sydslesvig).", "Region, free text (Sydslesvig).") { Translatable = true },
        new("location", KeyTypes.Location, "Partnerortens position, {lat: 60.29, lon: 25.04}.", "The partner place's position, {lat: 60.29, lon: 25.04}.") { Required = true },
        new("type", KeyTypes.Enum<RelationshipType>(), "Sorts relation", "Kind of relationship") { Required = true },
        new("status", KeyTypes.Enum<RelationshipStatus>(), "Status", "Status") { Required = true },
        new("since", KeyTypes.YearOrDate, "När relationen började: årtal (1946) eller datum (1946-05-01).", "When the relationship began: a year (1946) or a date (1946-05-01)."),
        new("until", KeyTypes.YearOrDate, "När relationen slutade: årtal eller datum, inte före since och inte i framtiden; unknown om ingen källa anger året. Behövs när status är ended.", "When the relationship ended: a year or a date, not before since nor in the future; unknown if no source gives the year. Needed when status is ended."),
        new("areas", KeyTypes.EnumList<CooperationArea>(), "Samarbetsområden, en lista", "Areas of cooperation, a list of"),
        new("financing", KeyTypes.EnumList<FinancingSource>(), "Finansiering, en lista", "Financing, a list of"),
        new("network", KeyTypes.Slug, "Nätverket (till exempel en vänortskedja) som relationen hör till: filnamnet i networks/ utan .md.", "The network (a twinning chain, say) this relationship belongs to: its file name in networks/ without .md."),
        new("decisions", KeyTypes.SlugList, "Beslut om relationen: filnamn i decisions/ utan .md, som lista.", "Decisions about the relationship: file names in decisions/ without .md, as a list."),
        HistoryKey.TranslatableDefinition,
        new("memberCount", KeyTypes.Integer(0), "Antal medlemmar (till exempel orter i en kedja), ett heltal 0 eller större.", "Number of members (places in a chain, say), a whole number 0 or more."),
        new("memberCountYear", KeyTypes.Integer(1000), "Året som memberCount gäller (2018).", "The year memberCount refers to (2018)."),
        new("website", KeyTypes.Url, "Partnerns webbplats, en fullständig adress.", "The partner's website, an absolute address."),
        CommonKeys.Summary,
    ];

    public override int? FolderDepth => 1;

    public override string FileForm => "partners/<municipality>/<slug>.md";

    public override string CatalogKey(ContentPath path) => $"{path.Folder}/{path.Slug}";

    public override Route RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages) =>
        routes.Relationship(language, new RelationshipKey(path.Folder, path.Slug));

    public override void CheckAcrossFiles(PortalIndex index, DiagnosticBag diagnostics) => DuplicatePartnerCheck.Report(index, diagnostics);
}
