using System.Globalization;
using System.Text;
using System.Xml;
using Portal.Output;

namespace Portal.OpenData.Catalogue;

/// <summary>
/// Writes a <see cref="DcatCatalogue"/> as RDF/XML, the form dataportal.se harvests: each resource a typed node with
/// its IRI in <c>rdf:about</c>, linked to the others by <c>rdf:resource</c>, so no resource is a blank node. The
/// controlled vocabularies' terms it uses are typed too (a licence is a <c>dcterms:LicenseDocument</c>, a format a
/// <c>dcterms:MediaTypeOrExtent</c>), as DCAT-AP's SHACL shapes ask of the values' classes.
/// </summary>
public static class DcatRdfWriter
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Dcat = "http://www.w3.org/ns/dcat#";
    private const string Dcterms = "http://purl.org/dc/terms/";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";
    private const string Vcard = "http://www.w3.org/2006/vcard/ns#";
    private const string Skos = "http://www.w3.org/2004/02/skos/core#";
    private const string NonNegativeInteger = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger";
    private const string LanguageAuthority = "http://publications.europa.eu/resource/authority/language/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public static OutputFile File(DcatCatalogue catalogue) =>
        OutputFile.Written(OpenDataCatalogue.Route.Path, stream => Write(stream, catalogue));

    public static void Write(Stream stream, DcatCatalogue catalogue)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("rdf", "RDF", Rdf);
        xml.WriteAttributeString("xmlns", "dcat", null, Dcat);
        xml.WriteAttributeString("xmlns", "dcterms", null, Dcterms);
        xml.WriteAttributeString("xmlns", "foaf", null, Foaf);
        xml.WriteAttributeString("xmlns", "vcard", null, Vcard);
        xml.WriteAttributeString("xmlns", "skos", null, Skos);

        Start(xml, Dcat, "Catalog", catalogue.Iri);
        Texts(xml, Dcterms, "title", catalogue.Title);
        Texts(xml, Dcterms, "description", catalogue.Description);
        Link(xml, Dcterms, "publisher", catalogue.Publisher.Iri);
        Link(xml, Dcterms, "license", catalogue.License);
        Link(xml, Foaf, "homepage", catalogue.Homepage);
        foreach (var language in catalogue.Languages.Select(LanguageIri).OfType<string>())
        {
            Link(xml, Dcterms, "language", language);
        }

        foreach (var dataset in catalogue.Datasets)
        {
            Link(xml, Dcat, "dataset", dataset.Iri);
        }

        xml.WriteEndElement();

        foreach (var dataset in catalogue.Datasets)
        {
            WriteDataset(xml, dataset, catalogue.Publisher);
        }

        Start(xml, Foaf, "Agent", catalogue.Publisher.Iri);
        Text(xml, Foaf, "name", catalogue.Publisher.Name, language: null);
        Link(xml, Dcterms, "type", catalogue.Publisher.Type);
        xml.WriteEndElement();

        foreach (var contact in catalogue.Datasets.Select(d => d.ContactPoint).OfType<DcatContact>().Distinct())
        {
            Start(xml, Vcard, "Organization", contact.Iri);

            // DCAT-AP's shapes ask a contact point to be a vcard:Kind in so many words: they do not infer it from the subclass.
            xml.WriteStartElement("rdf", "type", Rdf);
            xml.WriteAttributeString("rdf", "resource", Rdf, Vcard + "Kind");
            xml.WriteEndElement();
            Text(xml, Vcard, "fn", contact.Name, language: null);
            Link(xml, Vcard, "hasEmail", contact.Email);
            xml.WriteEndElement();
        }

        WriteVocabularyTerms(xml, catalogue);
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteDataset(XmlWriter xml, DcatDataset dataset, DcatAgent publisher)
    {
        Start(xml, Dcat, "Dataset", dataset.Iri);
        Texts(xml, Dcterms, "title", dataset.Title);
        Texts(xml, Dcterms, "description", dataset.Description);
        Link(xml, Dcterms, "publisher", publisher.Iri);
        if (dataset.ContactPoint is { } contact)
        {
            Link(xml, Dcat, "contactPoint", contact.Iri);
        }

        Texts(xml, Dcat, "keyword", dataset.Keywords);
        foreach (var theme in dataset.Themes)
        {
            Link(xml, Dcat, "theme", theme);
        }

        Link(xml, Dcterms, "spatial", dataset.Spatial);
        Link(xml, Dcterms, "accessRights", dataset.AccessRights);
        foreach (var distribution in dataset.Distributions)
        {
            Link(xml, Dcat, "distribution", distribution.Iri);
        }

        xml.WriteEndElement();

        foreach (var distribution in dataset.Distributions)
        {
            Start(xml, Dcat, "Distribution", distribution.Iri);
            Texts(xml, Dcterms, "title", distribution.Title);
            Link(xml, Dcat, "accessURL", distribution.DownloadUrl);
            Link(xml, Dcat, "downloadURL", distribution.DownloadUrl);
            Link(xml, Dcterms, "format", distribution.Type.Format);
            Link(xml, Dcat, "mediaType", distribution.Type.MediaType);
            xml.WriteStartElement("dcat", "byteSize", Dcat);
            xml.WriteAttributeString("rdf", "datatype", Rdf, NonNegativeInteger);
            xml.WriteString(distribution.ByteSize.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            Link(xml, Dcterms, "license", distribution.License);
            xml.WriteEndElement();
        }
    }

    /// <summary>The classes of the vocabularies' terms the catalogue links to, each term once, in order of first use.</summary>
    private static void WriteVocabularyTerms(XmlWriter xml, DcatCatalogue catalogue)
    {
        var distributions = catalogue.Datasets.SelectMany(d => d.Distributions).ToList();
        var terms = new List<(string Namespace, string Class, string Iri)>();
        terms.AddRange(distributions.Select(d => d.License).Prepend(catalogue.License).Select(iri => (Dcterms, "LicenseDocument", iri)));
        terms.AddRange(distributions.Select(d => (Dcterms, "MediaTypeOrExtent", d.Type.Format)));
        terms.AddRange(distributions.Select(d => (Dcterms, "MediaType", d.Type.MediaType)));
        terms.AddRange(catalogue.Datasets.SelectMany(d => d.Themes).Select(iri => (Skos, "Concept", iri)));
        terms.AddRange(catalogue.Datasets.Select(d => (Dcterms, "Location", d.Spatial)));
        terms.AddRange(catalogue.Datasets.Select(d => (Dcterms, "RightsStatement", d.AccessRights)));
        terms.Add((Skos, "Concept", catalogue.Publisher.Type));
        terms.AddRange(catalogue.Languages.Select(LanguageIri).OfType<string>().Select(iri => (Dcterms, "LinguisticSystem", iri)));
        terms.Add((Foaf, "Document", catalogue.Homepage));
        foreach (var (ns, type, iri) in terms.Distinct())
        {
            Start(xml, ns, type, iri);
            if (type == "Concept" && OpenDataCatalogue.EnglishLabelOf(iri) is { } label)
            {
                Text(xml, Skos, "prefLabel", label, "en");
            }

            xml.WriteEndElement();
        }
    }

    /// <summary>The EU's language authority's IRI for the languages it is sure of, by their ISO 639-1 code.</summary>
    private static string? LanguageIri(string code) => code switch
    {
        "sv" => LanguageAuthority + "SWE",
        "en" => LanguageAuthority + "ENG",
        "fi" => LanguageAuthority + "FIN",
        "de" => LanguageAuthority + "DEU",
        "fr" => LanguageAuthority + "FRA",
        "es" => LanguageAuthority + "SPA",
        "da" => LanguageAuthority + "DAN",
        "nb" => LanguageAuthority + "NOB",
        "nn" => LanguageAuthority + "NNO",
        _ => null,
    };

    private static void Start(XmlWriter xml, string ns, string type, string iri)
    {
        xml.WriteStartElement(Prefix(ns), type, ns);
        xml.WriteAttributeString("rdf", "about", Rdf, iri);
    }

    private static void Link(XmlWriter xml, string ns, string property, string iri)
    {
        xml.WriteStartElement(Prefix(ns), property, ns);
        xml.WriteAttributeString("rdf", "resource", Rdf, iri);
        xml.WriteEndElement();
    }

    private static void Texts(XmlWriter xml, string ns, string property, IEnumerable<LanguageText> texts)
    {
        foreach (var text in texts)
        {
            Text(xml, ns, property, text.Text, text.Language);
        }
    }

    private static void Text(XmlWriter xml, string ns, string property, string text, string? language)
    {
        xml.WriteStartElement(Prefix(ns), property, ns);
        if (language is not null)
        {
            xml.WriteAttributeString("xml", "lang", null, language);
        }

        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static string Prefix(string ns) => ns switch
    {
        Dcat => "dcat",
        Dcterms => "dcterms",
        Foaf => "foaf",
        Vcard => "vcard",
        Skos => "skos",
        _ => throw new ArgumentOutOfRangeException(nameof(ns), ns, "a namespace the catalogue does not declare"),
    };
}
