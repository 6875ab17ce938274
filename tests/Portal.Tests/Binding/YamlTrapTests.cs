namespace Portal.Tests.Binding;

/// <summary>YAML 1.1's guesses (NO as false, 1.10 as 1.1, 012 as 10) must not change what an editor wrote.</summary>
public sealed class YamlTrapTests
{
    private const string Vanda = "partners/huddinge/vanda.md";

    private static Relationship Bind(params (int Line, string Text)[] lines)
    {
        using var content = new TempContent();
        foreach (var (line, text) in lines)
        {
            content.WithLine(Vanda, line, text);
        }

        var model = ContentModel.Load(content);
        Assert.That(model.Lines, Is.Empty, model.Report);
        return model.In("sv").Relationships.Single();
    }

    /// <summary>A position in Norway, so that moving Vanda there is not (rightly) warned about.</summary>
    private const string Oslo = "location: {lat: 59.91, lon: 10.75}";

    [Test]
    public void Country_NO_is_Norway_not_false()
    {
        using var content = new TempContent();
        // Vanda moved to Norway leaves Finland's introduction on no page, which a build (rightly) warns of.
        content.WithLine(Vanda, 4, "country: NO").WithLine(Vanda, 5, Oslo).Without("countries/fi.md");

        var model = ContentModel.Load(content);

        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.In("sv").Relationships.Single().Country, Is.EqualTo("NO"));
    }

    [TestCase("yes")]
    [TestCase("on")]
    [TestCase("No")]
    [TestCase("true")]
    public void A_name_that_YAML_1_1_reads_as_a_boolean_stays_text(string name) =>
        Assert.That(Bind((2, $"name: {name}")).Name, Is.EqualTo(name));

    [Test]
    public void A_version_like_value_keeps_its_trailing_zero() =>
        Assert.That(Bind((2, "name: 1.10")).Name, Is.EqualTo("1.10"));

    [Test]
    public void A_leading_zero_is_kept() =>
        Assert.That(Bind((2, "name: 012")).Name, Is.EqualTo("012"));

    [Test]
    public void Since_1946_is_the_year_1946() =>
        Assert.That(Bind((8, "since: 1946")).Since, Is.EqualTo(new PartialDate(1946)));

    [Test]
    public void A_quoted_year_is_a_year_too() =>
        Assert.That(Bind((8, "since: \"1946\"")).Since, Is.EqualTo(new PartialDate(1946)));

    [Test]
    public void A_quoted_null_is_the_text_null() =>
        Assert.That(Bind((3, "localName: \"null\"")).LocalName, Is.EqualTo("null"));

    [TestCase("localName: null")]
    [TestCase("localName: ~")]
    [TestCase("localName:")]
    public void An_optional_key_written_as_null_is_absent(string line) =>
        Assert.That(Bind((3, line)).LocalName, Is.Null);

    [Test]
    public void A_reference_number_that_looks_like_a_number_stays_text()
    {
        var model = ContentModel.LoadWithLine("decisions/huddinge-avslutar.md", 7, "reference: 006.10");
        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.In("sv").Decisions.Single().Reference, Is.EqualTo("006.10"));
    }

    [Test]
    public void Country_NO_gets_the_page_of_Norway()
    {
        using var content = new TempContent();
        // Finland is left with no relationship, so its introduction would (rightly) warn that no page shows it.
        content.WithLine(Vanda, 4, "country: NO").WithLine(Vanda, 5, Oslo).Without("countries/fi.md");
        var run = content.Build().AssertClean();
        Assert.That(run.Html("lander/no.html").QuerySelector("h1")!.TextContent, Is.EqualTo("Norge"));
        Assert.That(run.Exists("lander/fi.html"), Is.False, "Finland has no relationship left, so no page");
    }
}
