using Portal.Content.Relationships;

namespace Portal.Tests.Content;

/// <summary>PT0038 and PT0039, beyond the cases in Fixtures/BadContent: what is not a mistake.</summary>
public sealed class CrossFileChecksTests
{
    private const string Decision = "decisions/huddinge-avslutar.md";

    /// <summary>A check without maps or writing: the diagnostics of a build.</summary>
    private static IReadOnlyList<string> Check(TempContent content)
    {
        var directory = content.Write();
        var diagnostics = new DiagnosticBag();
        PortalBuild.Generate(new BuildOptions(directory, content.OutputDirectory, RepoPaths.Theme, null, directory, DrawMaps: false, Today: TestDate.Today), diagnostics);
        return diagnostics.Sorted().Select(d => d.ToString()).ToList();
    }

    [TestCase("Århus", "Aarhus")]
    [TestCase("Lyngby-Taarbæk", "Lyngby Taarbaek")]
    [TestCase("Seyðisfjörður", "Seydisfjördur")]
    [TestCase("Tønder", "TONDER")]
    [TestCase("Lübeck", "Luebeck")]
    public void Spellings_of_one_name_compare_equal(string a, string b) =>
        Assert.That(DuplicatePartnerCheck.ComparableName(a), Is.EqualTo(DuplicatePartnerCheck.ComparableName(b)));

    [TestCase("Vanda", "Vantaa")]
    [TestCase("Åbo", "Åre")]
    public void Different_names_stay_different(string a, string b) =>
        Assert.That(DuplicatePartnerCheck.ComparableName(a), Is.Not.EqualTo(DuplicatePartnerCheck.ComparableName(b)));

    [Test]
    public void A_decision_named_only_by_a_relationship_concerns_it()
    {
        using var content = new TempContent();
        content.WithLine(Decision, 8, "").WithLine(Decision, 9, "").WithLine(Decision, 10, "");
        Assert.That(Check(content), Is.Empty);
    }

    [TestCase("kind: guideline")]
    [TestCase("kind: report")]
    public void A_guideline_or_report_may_concern_nothing(string kind)
    {
        using var content = new TempContent();
        content.WithLine(Decision, 6, kind).WithLine(Decision, 8, "concerns: []").WithLine(Decision, 9, "").WithLine(Decision, 10, "")
            .WithLine("partners/huddinge/vanda.md", 13, "");
        Assert.That(Check(content), Is.Empty);
    }

    [Test]
    public void An_empty_concerns_list_is_reported_at_its_key()
    {
        using var content = new TempContent();
        content.WithLine(Decision, 8, "concerns: []").WithLine(Decision, 9, "").WithLine(Decision, 10, "")
            .WithLine("partners/huddinge/vanda.md", 13, "");
        Assert.That(Check(content), Is.EqualTo(new[]
        {
            "decisions/huddinge-avslutar.md:8:1: warning PT0038: the decision concerns no relationship or network, so its page links to none and no such page lists it: add 'concerns:' with a relationship (<municipality>/<slug>) or a network's slug; a general policy is 'kind: guideline'",
        }));
    }

    [Test]
    public void The_same_name_in_another_country_or_for_another_municipality_is_another_partner()
    {
        using var content = new TempContent();
        content.With("partners/huddinge/vanda-usa.md", "---\nname: Vanda\ncountry: US\nlocation: {lat: 41.45, lon: -87.86}\ntype: cooperation\nstatus: active\n---\nEn annan Vanda.")
            .With("partners/vanersborg/vanda.md", "---\nname: Vanda\ncountry: FI\nlocation: {lat: 60.29, lon: 25.04}\ntype: cooperation\nstatus: active\n---\nVänersborgs samarbete med Vanda.");
        Assert.That(Check(content), Is.Empty);
    }

    [Test]
    public void A_second_file_is_reported_once_even_when_name_and_location_both_match()
    {
        using var content = new TempContent();
        content.With("partners/huddinge/vantaa.md", "---\nname: Vanda\nlocalName: Vantaa\ncountry: FI\nlocation: {lat: 60.29, lon: 25.04}\ntype: twin-town\nstatus: ended\nuntil: 2024\n---\nVanda.");
        Assert.That(Check(content), Is.EqualTo(new[]
        {
            "partners/huddinge/vantaa.md:2:1: warning PT0039: 'Vanda' (FI) is already a partner of huddinge in partners/huddinge/vanda.md: one file per partner place; merge the two files, or correct the name or country if this is another place",
        }));
    }
}
