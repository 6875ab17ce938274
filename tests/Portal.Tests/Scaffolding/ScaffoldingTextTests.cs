using Portal.FrontMatter;
using Portal.Scaffolding;

namespace Portal.Tests.Scaffolding;

/// <summary>The texts a starting file is made of: Swedish meanings of values, YAML scalars and Markdown that read back as written.</summary>
public sealed class ScaffoldingTextTests
{
    [Test]
    public void Every_allowed_value_has_its_Swedish_meaning()
    {
        Assert.Multiple(() =>
        {
            AllHaveGlosses<MunicipalityKind>();
            AllHaveGlosses<RelationshipType>();
            AllHaveGlosses<RelationshipStatus>();
            AllHaveGlosses<CooperationArea>();
            AllHaveGlosses<FinancingSource>();
            AllHaveGlosses<NetworkKind>();
            AllHaveGlosses<DecisionKind>();
            AllHaveGlosses<PageLayout>();
        });
        Assert.That(Swedish.Choices<RelationshipStatus>(), Is.EqualTo("active (aktiv), sporadic (sporadisk), dormant (vilande), ended (avslutad)"));
    }

    private static void AllHaveGlosses<T>() where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            Assert.That(Swedish.Gloss(value), Is.Not.Null, $"{typeof(T).Name}.{value}");
        }
    }

    [TestCase("Vanda", "Vanda")]
    [TestCase("Lyngby-Taarbæk", "Lyngby-Taarbæk")]
    [TestCase("Ny vänort: Vanda", "\"Ny vänort: Vanda\"")]
    [TestCase("Sankt \"Gallen\" #1", "\"Sankt \\\"Gallen\\\" #1\"")]
    [TestCase("NO", "\"NO\"")]
    [TestCase("1974", "\"1974\"")]
    [TestCase("- lista", "\"- lista\"")]
    [TestCase("C:\\väg", "C:\\väg")]
    [TestCase("[a]", "\"[a]\"")]
    public void A_text_is_written_as_a_YAML_scalar_that_reads_back_as_the_same_text(string text, string expected)
    {
        var written = YamlText.Scalar(text);
        var diagnostics = new DiagnosticBag();
        var read = YamlTreeReader.Read($"key: {written}", "test.yml", 1, diagnostics) as YamlMapping;

        Assert.That(written, Is.EqualTo(expected));
        Assert.That(diagnostics.Sorted(), Is.Empty);
        Assert.That(((YamlScalar)read!.Find("key")!.Value).Text, Is.EqualTo(text));
    }

    [TestCase("Huddinge", "Huddinges")]
    [TestCase("Borås", "Borås")]
    [TestCase("Halmstad", "Halmstads")]
    public void The_genitive_adds_an_s_unless_the_name_ends_in_one(string name, string genitive) =>
        Assert.That(Swedish.Genitive(name), Is.EqualTo(genitive));

    [Test]
    public void Dates_and_lists_are_written_the_Swedish_way()
    {
        Assert.That(Swedish.Date(new DateOnly(2024, 1, 17)), Is.EqualTo("17 januari 2024"));
        Assert.That(Swedish.List(["A", "B", "C"]), Is.EqualTo("A, B och C"));
        Assert.That(Swedish.List(["A"]), Is.EqualTo("A"));
    }

    [TestCase("*x* <b>[a](b)</b> & #1", @"\*x\* \<b\>\[a\](b)\</b\> \& \#1")]
    [TestCase("- inte en lista", @"\- inte en lista")]
    [TestCase("1. maj", @"1\. maj")]
    [TestCase("Lyngby-Taarbæk", "Lyngby-Taarbæk")]
    public void A_name_in_Markdown_shows_as_it_is(string text, string markdown) =>
        Assert.That(Swedish.Markdown(text), Is.EqualTo(markdown));
}
