using AngleSharp.Dom;

namespace Portal.Tests.CrossReferences;

/// <summary>A country page groups the country's relationships under each Swedish municipality, then lists networks seated there.</summary>
[TestFixture]
public sealed class CountryPageTests
{
    private TempContent _content = null!;
    private BuildRun _run = null!;

    private static string Relationship(string name, string country, string location, string type = "twin-town") =>
        $"---\nname: {name}\ncountry: {country}\nlocation: {location}\ntype: {type}\nstatus: active\n---\nText.";

    [OneTimeSetUp]
    public void BuildContentWithDanishRelationships()
    {
        _content = new TempContent();
        // Ordinal slug order (angelholm, huddinge, vanersborg) differs from Swedish name order (Huddinge, Vänersborg, Ängelholm).
        _content.With("municipalities/angelholm.md", "---\nname: Ängelholm\nlocation: {lat: 56.24, lon: 12.86}\n---\nText.");
        _content.With("partners/angelholm/helsingor.md", Relationship("Helsingör", "DK", "{lat: 56.03, lon: 12.59}"));
        _content.With("partners/vanersborg/herning.md", Relationship("Herning", "DK", "{lat: 56.14, lon: 8.97}"));
        _content.With("partners/vanersborg/arhus.md", Relationship("Århus", "DK", "{lat: 56.16, lon: 10.20}", "friendship-town"));
        _content.With("partners/huddinge/lyngby-taarbaek.md", Relationship("Lyngby-Taarbæk", "DK", "{lat: 55.78, lon: 12.50}"));
        _content.With("partners/vanersborg/aland-landkommuner.md", Relationship("Ålands landskommuner", "AX", "{lat: 60.1, lon: 19.94}"));
        _content.With("partners/vanersborg/eidi.md", Relationship("Eiði", "FO", "{lat: 62.3, lon: -7.09}"));
        _content.With("partners/huddinge/nuuk.md", Relationship("Nuuk", "GL", "{lat: 64.18, lon: -51.72}"));
        _run = _content.Build().AssertClean();
    }

    [OneTimeTearDown]
    public void RemoveContent() => _content.Dispose();

    private IElement Main(string page) => _run.Html(page).QuerySelector("main")!;

    [TestCase("lander/dk.html", "Danmark")]
    [TestCase("lander/ax.html", "Åland")]
    [TestCase("lander/fo.html", "Färöarna")]
    [TestCase("lander/gl.html", "Grönland")]
    [TestCase("lander/fi.html", "Finland")]
    [TestCase("en/lander/dk.html", "Denmark")]
    public void The_heading_is_the_countrys_name(string page, string name) =>
        Assert.That(Main(page).QuerySelector("h1")!.TextContent.Trim(), Is.EqualTo(name));

    [Test]
    public void Relationships_are_grouped_under_their_municipality_in_Swedish_alphabetical_order()
    {
        var headings = Main("lander/dk.html").QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.That(headings, Is.EqualTo(new[] { "Huddinge", "Vänersborg", "Ängelholm" }));
    }

    [Test]
    public void Each_group_holds_its_municipalitys_relationships_in_alphabetical_order()
    {
        var groups = GroupLinks(Main("lander/dk.html"));
        Assert.That(groups["Huddinge"], Is.EqualTo(new[] { "Lyngby-Taarbæk" }));
        Assert.That(groups["Vänersborg"], Is.EqualTo(new[] { "Herning", "Århus" }));
        Assert.That(groups["Ängelholm"], Is.EqualTo(new[] { "Helsingör" }));
    }

    [Test]
    public void The_network_seated_in_the_country_follows_the_relationships()
    {
        var main = Main("lander/dk.html");
        var all = main.QuerySelectorAll("*").ToList();
        var networkLink = main.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == "../natverk/nordiska-vanortskedjan.html" && a.TextContent.Trim() == "Nordiska vänortskedjan");
        var lastGroup = main.QuerySelectorAll("h3").Last();
        Assert.That(all.IndexOf(networkLink), Is.GreaterThan(all.IndexOf(lastGroup)));
    }

    [Test]
    public void A_country_page_links_to_every_relationship_page_in_that_country()
    {
        var hrefs = Main("lander/dk.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.That(hrefs, Is.SupersetOf(new[]
        {
            "../samarbeten/huddinge/lyngby-taarbaek.html", "../samarbeten/vanersborg/herning.html",
            "../samarbeten/vanersborg/arhus.html", "../samarbeten/angelholm/helsingor.html",
        }));
        Assert.That(hrefs, Does.Not.Contain("../samarbeten/huddinge/nuuk.html"));
    }

    [Test]
    public void There_is_a_page_for_each_country_with_a_relationship_or_network_and_no_other()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(_run.OutputDirectory, "lander")).Select(Path.GetFileName).Order().ToList();
        Assert.That(pages, Is.EqualTo(new[] { "ax.html", "dk.html", "fi.html", "fo.html", "gl.html", "index.html" }));
    }

    [Test]
    public void The_country_intro_is_shown_on_its_page() =>
        Assert.That(Main("lander/fi.html").TextContent, Does.Contain("Finland är Sveriges östra granne."));

    [Test]
    public void The_countries_index_links_to_every_country_page()
    {
        var hrefs = Main("lander/index.html").QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(hrefs, Is.SupersetOf(new[] { "ax.html", "dk.html", "fi.html", "fo.html", "gl.html" }));
    }

    private static Dictionary<string, List<string>> GroupLinks(IElement main)
    {
        var groups = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var element in main.QuerySelectorAll("h2, h3, a[href^='../samarbeten/']"))
        {
            if (element.LocalName == "h2")
            {
                current = null;
            }
            else if (element.LocalName == "h3")
            {
                current = [];
                groups[element.TextContent.Trim()] = current;
            }
            else if (current is not null && !current.Contains(element.TextContent.Trim()))
            {
                current.Add(element.TextContent.Trim());
            }
        }

        return groups;
    }
}
