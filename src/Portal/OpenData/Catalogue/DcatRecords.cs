namespace Portal.OpenData.Catalogue;

/// <summary>A text in one language, written with <c>xml:lang</c>.</summary>
public sealed record LanguageText(string Language, string Text);

/// <summary>
/// The open-data catalogue as DCAT-AP-SE 3.0.1 describes one (a <c>dcat:Catalog</c>): every resource named by an
/// absolute IRI, never a blank node, so that dataportal.se can tell one harvest's resources from the next's.
/// </summary>
public sealed record DcatCatalogue(
    string Iri,
    IReadOnlyList<LanguageText> Title,
    IReadOnlyList<LanguageText> Description,
    string Homepage,
    IReadOnlyList<string> Languages,
    DcatAgent Publisher,
    string License,
    IReadOnlyList<DcatDataset> Datasets);

/// <summary>The publisher (<c>foaf:Agent</c>), of the ADMS publisher type <paramref name="Type"/>.</summary>
public sealed record DcatAgent(string Iri, string Name, string Type);

/// <summary>The datasets' contact point, a <c>vcard:Organization</c> with an e-mail address.</summary>
public sealed record DcatContact(string Iri, string Name, string Email);

/// <summary>A dataset (<c>dcat:Dataset</c>), with its themes from the EU's data-theme vocabulary.</summary>
public sealed record DcatDataset(
    string Iri,
    IReadOnlyList<LanguageText> Title,
    IReadOnlyList<LanguageText> Description,
    IReadOnlyList<LanguageText> Keywords,
    IReadOnlyList<string> Themes,
    string Spatial,
    string AccessRights,
    DcatContact? ContactPoint,
    IReadOnlyList<DcatDistribution> Distributions);

/// <summary>One file of a dataset (<c>dcat:Distribution</c>): where it is, what it is, how large, under what licence.</summary>
public sealed record DcatDistribution(
    string Iri,
    IReadOnlyList<LanguageText> Title,
    string DownloadUrl,
    DcatFileType Type,
    long ByteSize,
    string License);

/// <summary>A file format: its IRI in the EU's file-type vocabulary and its IANA media type.</summary>
public sealed record DcatFileType(string Format, string MediaType)
{
    private const string FileTypes = "http://publications.europa.eu/resource/authority/file-type/";
    private const string MediaTypes = "https://www.iana.org/assignments/media-types/";

    public static readonly DcatFileType Csv = new(FileTypes + "CSV", MediaTypes + "text/csv");
    public static readonly DcatFileType Json = new(FileTypes + "JSON", MediaTypes + "application/json");
    public static readonly DcatFileType GeoJson = new(FileTypes + "GEOJSON", MediaTypes + "application/geo+json");
}
