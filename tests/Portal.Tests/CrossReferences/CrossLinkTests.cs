namespace Portal.Tests.CrossReferences;

/// <summary>Decisions, relationships, networks and municipalities link to each other, whichever side names the other.</summary>
public sealed class CrossLinkTests
{
    private static IReadOnlyList<string> MainLinks(BuildRun run, string page) =>
        run.Html(page).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToList();

    [Test]
    public void A_decision_and_what_it_concerns_link_to_each_other()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();

        Assert.That(MainLinks(run, "beslut/huddinge-avslutar.html"), Is.SupersetOf(new[]
        {
            "../samarbeten/huddinge/vanda.html", "../natverk/nordiska-vanortskedjan.html",
        }));
        Assert.That(MainLinks(run, "samarbeten/huddinge/vanda.html"), Does.Contain("../../beslut/huddinge-avslutar.html"));
        Assert.That(MainLinks(run, "natverk/nordiska-vanortskedjan.html"), Does.Contain("../beslut/huddinge-avslutar.html"));
        Assert.That(MainLinks(run, "en/natverk/nordiska-vanortskedjan.html"), Does.Contain("../beslut/huddinge-avslutar.html"));
    }

    [Test]
    public void A_relationship_that_names_a_decision_is_linked_from_the_decision_too()
    {
        using var content = new TempContent();
        content.WithLine("decisions/huddinge-avslutar.md", 8, "concerns: []").WithLine("decisions/huddinge-avslutar.md", 9, "").WithLine("decisions/huddinge-avslutar.md", 10, "");
        var run = content.Build().AssertClean();

        Assert.That(MainLinks(run, "beslut/huddinge-avslutar.html"), Does.Contain("../samarbeten/huddinge/vanda.html"));
        Assert.That(MainLinks(run, "beslut/huddinge-avslutar.html"), Does.Not.Contain("../natverk/nordiska-vanortskedjan.html"));
    }

    [Test]
    public void A_decision_links_its_documents()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();

        var links = MainLinks(run, "beslut/huddinge-avslutar.html");
        Assert.That(links, Does.Contain("../assets/beslut.pdf"));
        Assert.That(links, Does.Contain("https://example.org/beslut.pdf"));
        Assert.That(run.Exists("assets/beslut.pdf"), Is.True);
    }

    [Test]
    public void A_municipality_page_lists_its_relationships_networks_and_decisions()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();

        Assert.That(MainLinks(run, "kommuner/huddinge.html"), Is.SupersetOf(new[]
        {
            "../samarbeten/huddinge/vanda.html", "../natverk/nordiska-vanortskedjan.html", "../beslut/huddinge-avslutar.html",
        }));
        Assert.That(MainLinks(run, "kommuner/vanersborg.html"), Does.Contain("../natverk/nordiska-vanortskedjan.html"), "a network member");
    }

    [Test]
    public void A_network_page_lists_its_members_and_its_relationships()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();

        Assert.That(MainLinks(run, "natverk/nordiska-vanortskedjan.html"), Is.SupersetOf(new[]
        {
            "../kommuner/vanersborg.html", "../samarbeten/huddinge/vanda.html", "../lander/dk.html",
        }));
    }

    [Test]
    public void A_relationship_page_links_its_municipality_country_and_network()
    {
        using var content = new TempContent();
        var run = content.Build().AssertClean();

        Assert.That(MainLinks(run, "samarbeten/huddinge/vanda.html"), Is.SupersetOf(new[]
        {
            "../../kommuner/huddinge.html", "../../lander/fi.html", "../../natverk/nordiska-vanortskedjan.html",
        }));
    }
}
