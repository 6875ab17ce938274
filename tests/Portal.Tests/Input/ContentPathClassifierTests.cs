using Portal.Input;

namespace Portal.Tests.Input;

public sealed class ContentPathClassifierTests
{
    private static readonly string[] Languages = ["sv", "en"];

    private static (ContentPath? Path, IReadOnlyList<Diagnostic> Diagnostics) Classify(string relativePath)
    {
        var bag = new DiagnosticBag();
        var path = ContentPathClassifier.Classify(relativePath, Languages, "input/" + relativePath, bag);
        return (path, bag.Sorted());
    }

    [TestCase("site.yml", ContentKind.Site, "site", "")]
    [TestCase("municipalities/vanersborg.md", ContentKind.Municipality, "vanersborg", "")]
    [TestCase("partners/huddinge/vanda.md", ContentKind.Relationship, "vanda", "huddinge")]
    [TestCase("networks/nordiska-vanortskedjan.md", ContentKind.Network, "nordiska-vanortskedjan", "")]
    [TestCase("decisions/huddinge-avslutar-2024.md", ContentKind.Decision, "huddinge-avslutar-2024", "")]
    [TestCase("countries/dk.md", ContentKind.Country, "dk", "")]
    [TestCase("pages/om.md", ContentKind.Page, "om", "")]
    [TestCase("pages/historia/vanortsrorelsen.md", ContentKind.Page, "vanortsrorelsen", "historia")]
    [TestCase("pages/historia/tidig/1900-talet.md", ContentKind.Page, "1900-talet", "historia/tidig")]
    public void Names_the_kind_slug_and_folder_of_each_content_file(string path, ContentKind kind, string slug, string folder)
    {
        var (classified, diagnostics) = Classify(path);
        Assert.That(diagnostics, Is.Empty);
        Assert.That(classified, Is.Not.Null);
        Assert.That(classified!.Kind, Is.EqualTo(kind));
        Assert.That(classified.Slug, Is.EqualTo(slug));
        Assert.That(classified.Folder, Is.EqualTo(folder));
        Assert.That(classified.Language, Is.Null);
    }

    [TestCase("data/skl/vanorter.csv")]
    [TestCase("data/enkat.yml")]
    [TestCase("data/tabell.json")]
    public void Files_under_data_are_tables(string path) =>
        Assert.That(Classify(path).Path?.Kind, Is.EqualTo(ContentKind.Data));

    [Test]
    public void Files_under_assets_are_copied_whatever_their_name() =>
        Assert.That(Classify("assets/Protokoll KS 2024.PDF").Path?.Kind, Is.EqualTo(ContentKind.Asset));

    [Test]
    public void A_translation_is_named_by_a_language_of_the_site_and_belongs_to_its_original()
    {
        var (path, diagnostics) = Classify("partners/huddinge/vanda.en.md");
        Assert.That(diagnostics, Is.Empty);
        Assert.That(path!.Language, Is.EqualTo("en"));
        Assert.That(path.Slug, Is.EqualTo("vanda"));
        Assert.That(path.OriginalPath, Is.EqualTo("partners/huddinge/vanda.md"));
    }

    [Test]
    public void An_invalid_file_name_is_an_error_that_suggests_the_fixed_name()
    {
        var (path, diagnostics) = Classify("municipalities/Vänersborg.md");
        Assert.That(path, Is.Null);
        Assert.That(diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "input/municipalities/Vänersborg.md:1:1: error PT0001: the file name 'Vänersborg.md' must be lower-case letters a-z, digits and '-'; rename it 'vanersborg.md'",
        }));
    }

    [Test]
    public void An_invalid_translation_file_name_keeps_its_language_in_the_suggestion()
    {
        var (_, diagnostics) = Classify("partners/huddinge/Lyngby Taarbæk.en.md");
        Assert.That(diagnostics.Single().Message, Does.EndWith("rename it 'lyngby-taarbaek.en.md'"));
    }

    [Test]
    public void An_invalid_folder_name_is_an_error_that_suggests_the_fixed_name()
    {
        var (path, diagnostics) = Classify("partners/Huddinge/vanda.md");
        Assert.That(path, Is.Null);
        Assert.That(diagnostics.Single().ToString(), Is.EqualTo(
            "input/partners/Huddinge/vanda.md:1:1: error PT0001: the folder name 'Huddinge' must be lower-case letters a-z, digits and '-'; rename it 'huddinge'"));
    }

    [Test]
    public void A_country_file_must_be_named_by_its_two_letter_code()
    {
        var (path, diagnostics) = Classify("countries/danmark.md");
        Assert.That(path, Is.Null);
        Assert.That(diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.InvalidFileName));
        Assert.That(diagnostics.Single().IsError, Is.True);
    }

    [Test]
    public void A_language_suffix_that_is_not_a_site_language_is_an_error()
    {
        var (path, diagnostics) = Classify("pages/om.de.md");
        Assert.That(path, Is.Null);
        Assert.That(diagnostics.Single().ToString(), Is.EqualTo(
            "input/pages/om.de.md:1:1: error PT0025: 'de' is not one of the site's languages (sv, en); add it to 'languages' in site.yml or rename the file"));
    }

    [Test]
    public void A_relationship_must_sit_in_a_municipality_folder()
    {
        var (path, diagnostics) = Classify("partners/vanda.md");
        Assert.That(path, Is.Null);
        Assert.That(diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.UnexpectedFile));
        Assert.That(diagnostics.Single().IsError, Is.True);
        Assert.That(diagnostics.Single().Message, Does.Contain("partners/<municipality>/<slug>.md"));
    }

    [TestCase("notes.txt")]
    [TestCase("bilder/karta.png")]
    [TestCase("municipalities/huddinge.txt")]
    public void A_file_outside_the_contract_is_a_warning_and_not_used(string path)
    {
        var (classified, diagnostics) = Classify(path);
        Assert.That(classified, Is.Null);
        Assert.That(diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.UnexpectedFile));
        Assert.That(diagnostics.Single().IsError, Is.False);
    }

    [TestCase("Vänersborg", "vanersborg")]
    [TestCase("Lyngby-Taarbæk", "lyngby-taarbaek")]
    [TestCase("Siglufjörður", "siglufjordur")]
    [TestCase("Eiði", "eidi")]
    [TestCase("Min sida_ny", "min-sida-ny")]
    [TestCase("Åland--landskommuner", "aland-landskommuner")]
    public void Suggests_the_slug_an_editor_most_likely_meant(string name, string slug)
    {
        Assert.That(Slug.Suggest(name), Is.EqualTo(slug));
        Assert.That(Slug.IsValid(slug), Is.True);
        Assert.That(Slug.IsValid(name), Is.False);
    }
}
