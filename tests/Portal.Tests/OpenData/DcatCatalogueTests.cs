using System.Text.RegularExpressions;

namespace Portal.Tests.OpenData;

/// <summary>
/// datasets/dcat.rdf: the open data described as DCAT-AP-SE 3.0.1, as dataportal.se harvests it. Read with rdflib, a
/// real RDF parser, and checked for the profile's mandatory properties (and the recommended ones the portal gives), and
/// against every constraint of DCAT-AP 3.0.1's SHACL shapes on the classes it holds. The shapes cannot be in this
/// repository, so dcat_check.py checks the same constraints in code.
/// </summary>
[TestFixture]
public sealed class DcatCatalogueTests
{
    private const string Dcat = DcatRdf.Dcat;
    private const string Dcterms = DcatRdf.Dcterms;
    private const string Cc0 = "http://creativecommons.org/publicdomain/zero/1.0/";
    private const string Catalogue = DemoSite.BaseUrl + "datasets/dcat.rdf";

    private BuildRun _demo = null!;
    private DcatRdf _rdf = null!;

    [OneTimeSetUp]
    public void ReadTheDemosCatalogue()
    {
        _demo = DemoSite.Get();
        Assert.That(_demo.Result.Succeeded, Is.True, _demo.Report);
        _rdf = DcatRdf.Read(Path.Combine(_demo.OutputDirectory, "datasets/dcat.rdf"));
    }

    private static string[] Languages(RdfResource resource, string property) =>
        [.. resource[property].Where(t => t.Kind == "literal" && t.Value.Trim().Length > 0).Select(t => t.Lang ?? "(none)").Order()];

    [Test]
    public void The_catalogue_meets_every_constraint_of_DCAT_AP_3_0_1_s_shapes_on_its_classes() =>
        Assert.That(_rdf.Violations, Is.Empty);

    [Test]
    public void A_catalogue_that_breaks_the_shapes_is_reported_where_it_breaks_them()
    {
        var text = File.ReadAllText(Path.Combine(_demo.OutputDirectory, "datasets/dcat.rdf"));
        var size = Regex.Match(text, @"<dcat:byteSize rdf:datatype=""http://www.w3.org/2001/XMLSchema#nonNegativeInteger"">(\d+)</dcat:byteSize>");
        var broken = text
            .Replace("<rdf:type rdf:resource=\"http://www.w3.org/2006/vcard/ns#Kind\" />", string.Empty, StringComparison.Ordinal)
            .Replace(size.Value, size.Value + $"<dcat:byteSize>{size.Groups[1].Value}</dcat:byteSize>", StringComparison.Ordinal)
            .Replace("<foaf:Document rdf:about=\"https://example.org/internationellt/\" />", string.Empty, StringComparison.Ordinal);
        using var folder = new TempDirectory();
        var file = folder.Combine("dcat.rdf");
        File.WriteAllText(file, broken);

        Assert.That(DcatRdf.Read(file).Violations, Is.EqualTo(new[]
        {
            Catalogue + "#catalog foaf:homepage: https://example.org/internationellt/ is not typed foaf:Document",
            Catalogue + "#history dcat:contactPoint: " + Catalogue + "#contact is not typed vcard:Kind",
            Catalogue + "#partners dcat:contactPoint: " + Catalogue + "#contact is not typed vcard:Kind",
            Catalogue + $"#partners-csv dcat:byteSize: '{size.Groups[1].Value}' is not an xsd:nonNegativeInteger",
            Catalogue + "#partners-csv dcat:byteSize: 2 values, at most 1 wanted",
        }));
    }

    [Test]
    public void Every_resource_is_an_absolute_IRI_and_none_a_blank_node()
    {
        Assert.That(_rdf.Triples, Is.GreaterThan(50));
        Assert.That(_rdf.BlankNodes, Is.Zero);
        var iris = _rdf.Resources.Select(r => r.Iri).Concat(_rdf.Resources.SelectMany(r => r.Properties.Values.SelectMany(v => v)).Where(t => t.Kind == "iri").Select(t => t.Value));
        Assert.That(iris.Where(iri => !Uri.TryCreate(iri, UriKind.Absolute, out _)), Is.Empty);
    }

    [Test]
    public void The_catalogue_has_its_mandatory_properties_in_Swedish_and_English()
    {
        var catalogue = _rdf.OfType(Dcat + "Catalog").Single();
        Assert.Multiple(() =>
        {
            Assert.That(catalogue.Iri, Is.EqualTo(Catalogue + "#catalog"));
            Assert.That(Languages(catalogue, Dcterms + "title"), Is.EqualTo(new[] { "en", "sv" }));
            Assert.That(Languages(catalogue, Dcterms + "description"), Is.EqualTo(new[] { "en", "sv" }));
            Assert.That(catalogue.Iris(Dcterms + "publisher").Single(), Is.EqualTo(Catalogue + "#publisher"), "the demo has no organisation number");
            Assert.That(catalogue.Iris(Dcterms + "license"), Is.EqualTo(new[] { Cc0 }));
            Assert.That(catalogue.Iris(Dcat + "dataset").Order(), Is.EqualTo(new[] { Catalogue + "#history", Catalogue + "#partners" }));
        });
    }

    [Test]
    public void Each_dataset_has_its_mandatory_and_recommended_properties()
    {
        var datasets = _rdf.OfType(Dcat + "Dataset").ToList();
        Assert.That(datasets, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            foreach (var dataset in datasets)
            {
                Assert.That(Languages(dataset, Dcterms + "title"), Is.EqualTo(new[] { "en", "sv" }), dataset.Iri);
                Assert.That(Languages(dataset, Dcterms + "description"), Is.EqualTo(new[] { "en", "sv" }), dataset.Iri);
                Assert.That(dataset.Iris(Dcterms + "publisher").Single(), Is.EqualTo(Catalogue + "#publisher"), dataset.Iri);
                Assert.That(dataset.Iris(Dcat + "contactPoint").Single(), Is.EqualTo(Catalogue + "#contact"), dataset.Iri);
                Assert.That(Languages(dataset, Dcat + "keyword"), Does.Contain("sv").And.Contain("en"), dataset.Iri);
                Assert.That(dataset.Iris(Dcat + "theme"), Is.EqualTo(new[] { "http://publications.europa.eu/resource/authority/data-theme/GOVE" }), dataset.Iri);
                Assert.That(dataset.Iris(Dcterms + "spatial"), Is.Not.Empty, dataset.Iri);
            }
        });
    }

    [Test]
    public void Each_data_file_is_a_distribution_with_its_real_size_format_and_licence()
    {
        string[] files = ["data/partners.csv", "data/partners.json", "data/partners.geojson", "data/history.csv", "data/history.json"];
        var distributions = _rdf.OfType(Dcat + "Distribution").ToList();
        Assert.That(distributions.Select(d => d.Iris(Dcat + "downloadURL").Single()), Is.EquivalentTo(files.Select(f => DemoSite.BaseUrl + f)));
        Assert.Multiple(() =>
        {
            foreach (var distribution in distributions)
            {
                var url = distribution.Iris(Dcat + "downloadURL").Single();
                var file = url[DemoSite.BaseUrl.Length..];
                var extension = Path.GetExtension(file);
                var (format, mediaType) = extension switch
                {
                    ".csv" => ("CSV", "text/csv"),
                    ".json" => ("JSON", "application/json"),
                    _ => ("GEOJSON", "application/geo+json"),
                };
                Assert.That(distribution.Iris(Dcat + "accessURL"), Is.EqualTo(new[] { url }), file);
                Assert.That(distribution.Iris(Dcterms + "format"), Is.EqualTo(new[] { "http://publications.europa.eu/resource/authority/file-type/" + format }), file);
                Assert.That(distribution.Iris(Dcat + "mediaType"), Is.EqualTo(new[] { "https://www.iana.org/assignments/media-types/" + mediaType }), file);
                Assert.That(distribution.Iris(Dcterms + "license"), Is.EqualTo(new[] { Cc0 }), file);
                var size = distribution[Dcat + "byteSize"].Single();
                Assert.That(size.Datatype, Is.EqualTo("http://www.w3.org/2001/XMLSchema#nonNegativeInteger"), file);
                Assert.That(long.Parse(size.Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(new FileInfo(Path.Combine(_demo.OutputDirectory, file)).Length), $"{file}: the size of the file as written");
            }
        });
        var datasets = _rdf.OfType(Dcat + "Dataset").ToDictionary(d => d.Iri);
        Assert.That(datasets[Catalogue + "#partners"].Iris(Dcat + "distribution").Count(), Is.EqualTo(3));
        Assert.That(datasets[Catalogue + "#history"].Iris(Dcat + "distribution").Count(), Is.EqualTo(2));
    }

    /// <summary>What DCAT-AP 3.0.1's SHACL shapes (SEMICeu/DCAT-AP) ask beyond the properties: checked here in code, as no SHACL engine is part of the tests.</summary>
    [Test]
    public void The_concepts_have_labels_and_the_home_page_is_a_document()
    {
        const string PrefLabel = "http://www.w3.org/2004/02/skos/core#prefLabel";
        Assert.Multiple(() =>
        {
            Assert.That(_rdf.Get("http://publications.europa.eu/resource/authority/data-theme/GOVE")[PrefLabel].Select(t => (t.Value, t.Lang)), Is.EqualTo(new[] { ("Government and public sector", "en") }));
            Assert.That(_rdf.Get("http://purl.org/adms/publishertype/LocalAuthority")[PrefLabel].Select(t => (t.Value, t.Lang)), Is.EqualTo(new[] { ("Local Authority", "en") }));
            Assert.That(_rdf.Get(_rdf.Get(Catalogue + "#catalog").Iris(DcatRdf.Foaf + "homepage").Single()).IsA(DcatRdf.Foaf + "Document"));
        });
    }

    [Test]
    public void The_publisher_is_a_local_authority_and_the_contact_an_organisation_with_an_e_mail_address()
    {
        var publisher = _rdf.Get(Catalogue + "#publisher");
        var contact = _rdf.Get(Catalogue + "#contact");
        Assert.Multiple(() =>
        {
            Assert.That(publisher.IsA(DcatRdf.Foaf + "Agent"));
            Assert.That(publisher[DcatRdf.Foaf + "name"].Single().Value, Is.EqualTo("Portal – demoinnehåll från offentliga handlingar"));
            Assert.That(publisher.Iris(Dcterms + "type"), Is.EqualTo(new[] { "http://purl.org/adms/publishertype/LocalAuthority" }));
            Assert.That(contact.IsA(DcatRdf.Vcard + "Organization"));
            Assert.That(contact.IsA(DcatRdf.Vcard + "Kind"), "DCAT-AP's shapes ask a contact point to be a vcard:Kind in so many words");
            Assert.That(contact[DcatRdf.Vcard + "fn"], Has.Count.EqualTo(1));
            Assert.That(contact.Iris(DcatRdf.Vcard + "hasEmail"), Is.EqualTo(new[] { "mailto:tillganglighet@example.org" }), "the accessibility contact, as the demo gives no openData.contact");
        });
    }

    [Test]
    public void The_footer_links_to_the_catalogue_from_every_page()
    {
        var home = _demo.Html("index.html");
        var nested = _demo.Html("en/index.html");
        Assert.That(home.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")), Does.Contain("datasets/dcat.rdf"));
        Assert.That(nested.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")), Does.Contain("../datasets/dcat.rdf"));
    }

    [Test]
    public void An_organisation_number_names_the_publisher_as_dataportal_se_knows_it_and_openData_gives_licence_and_contact()
    {
        using var content = new TempContent();
        content.With("site.yml", TempContent.MinimalFiles["site.yml"] + "\norganisationNumber: 212000-1355\nopenData: {license: http://creativecommons.org/licenses/by/4.0/, contact: opendata@huddinge.se}\n");
        var run = content.Build().AssertClean();
        var rdf = DcatRdf.Read(Path.Combine(run.OutputDirectory, "datasets/dcat.rdf"));
        var here = TempContent.BaseUrl + "datasets/dcat.rdf";
        var catalogue = rdf.OfType(Dcat + "Catalog").Single();
        Assert.Multiple(() =>
        {
            Assert.That(catalogue.Iris(Dcterms + "publisher"), Is.EqualTo(new[] { "http://dataportal.se/organisation/SE2120001355" }));
            Assert.That(rdf.Get("http://dataportal.se/organisation/SE2120001355")[DcatRdf.Foaf + "name"].Single().Value, Is.EqualTo("Testkommunen"));
            Assert.That(catalogue.Iris(Dcterms + "license"), Is.EqualTo(new[] { Cc0 }), "the catalogue itself is CC0");
            Assert.That(rdf.OfType(Dcat + "Distribution").Select(d => d.Iris(Dcterms + "license").Single()), Has.All.EqualTo("http://creativecommons.org/licenses/by/4.0/"));
            Assert.That(rdf.Get(here + "#contact").Iris(DcatRdf.Vcard + "hasEmail"), Is.EqualTo(new[] { "mailto:opendata@huddinge.se" }));
            Assert.That(rdf.BlankNodes, Is.Zero);
            Assert.That(rdf.Violations, Is.Empty, "DCAT-AP 3.0.1's shapes");
        });
    }

    [Test]
    public void A_base_url_with_non_ASCII_letters_gives_encoded_IRIs()
    {
        using var content = new TempContent();
        var run = content.Build(baseUrl: "https://exempel.example/vänorter/").AssertClean();
        var rdf = DcatRdf.Read(Path.Combine(run.OutputDirectory, "datasets/dcat.rdf"));
        Assert.That(rdf.OfType(Dcat + "Catalog").Single().Iri, Is.EqualTo("https://exempel.example/v%C3%A4norter/datasets/dcat.rdf#catalog"));
        Assert.That(rdf.OfType(Dcat + "Distribution").SelectMany(d => d.Iris(Dcat + "downloadURL")), Has.All.StartWith("https://exempel.example/v%C3%A4norter/data/"));
    }

    [Test]
    public void Text_from_the_content_stays_text_in_the_catalogue()
    {
        using var content = new TempContent();
        const string publisher = "Kommunen <script>alert(1)</script> & \"Co\" ]]>";
        content.With("site.yml", TempContent.MinimalFiles["site.yml"].Replace("publisher: Testkommunen", "publisher: '" + publisher.Replace("'", "''", StringComparison.Ordinal) + "'", StringComparison.Ordinal));
        var run = content.Build().AssertClean();
        var rdf = DcatRdf.Read(Path.Combine(run.OutputDirectory, "datasets/dcat.rdf"));
        Assert.That(rdf.Get(TempContent.BaseUrl + "datasets/dcat.rdf#publisher")[DcatRdf.Foaf + "name"].Single().Value, Is.EqualTo(publisher));
        Assert.That(run.ReadText("datasets/dcat.rdf"), Does.Not.Contain("<script>"));
    }

    [Test]
    public void Without_a_contact_the_datasets_name_none_rather_than_one_made_up()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();
        var rdf = DcatRdf.Read(Path.Combine(run.OutputDirectory, "datasets/dcat.rdf"));
        Assert.That(rdf.OfType(Dcat + "Dataset").SelectMany(d => d.Iris(Dcat + "contactPoint")), Is.Empty);
        Assert.That(rdf.OfType(DcatRdf.Vcard + "Organization"), Is.Empty);
    }
}
