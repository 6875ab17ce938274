using AngleSharp.Dom;

namespace Portal.Tests.Content.Municipalities;

/// <summary>
/// A municipality's page lists the networks it is in with each membership's years, and says in words that a
/// membership has ended: Stockholm left Metropolis and UCLG in 2011, which the list once left unsaid.
/// </summary>
public sealed class MunicipalityPagesTests
{
    /// <summary>Each network of a municipality's page as its list item reads, white space collapsed.</summary>
    private static List<string> Networks(IDocument page) =>
        page.QuerySelectorAll("section[aria-labelledby=networks-heading] li")
            .Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .ToList();

    [Test]
    public void Stockholm_s_page_says_which_memberships_ended_and_when()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Networks(DemoSite.Page("kommuner/stockholm.html")), Is.EqualTo(new[]
            {
                "C40 Nätverk · Storbritannien",
                "Eurocities Nätverk · Belgien",
                "Metropolis Nätverk · Spanien · medlem till 2011, avslutat",
                "UCLG Nätverk · Spanien · medlem till 2011, avslutat",
            }));
            Assert.That(Networks(DemoSite.Page("en/kommuner/stockholm.html")), Is.EqualTo(new[]
            {
                "C40 Network · United Kingdom",
                "Eurocities Network · Belgium",
                "Metropolis Network · Spain · member until 2011, ended",
                "UCLG Network · Spain · member until 2011, ended",
            }));
            Assert.That(Networks(DemoSite.Page("kommuner/vanersborg.html")), Is.EqualTo(new[] { "Den nordiska vänortskedjan Vänortskedja · medlem sedan 1946" }));
        });
    }

    [Test]
    public void An_ended_membership_is_marked_as_ended_for_the_eye_as_the_statuses_are()
    {
        var metropolis = DemoSite.Page("kommuner/stockholm.html").QuerySelectorAll("section[aria-labelledby=networks-heading] li")
            .Single(li => li.QuerySelector("a")!.TextContent == "Metropolis");

        Assert.That(metropolis.QuerySelector(".status--ended")?.TextContent, Is.EqualTo("avslutat"));
    }

    /// <summary>
    /// The networks it is in come first, by name, then those it has left, by name; a municipality that left and joined
    /// again is listed under both, and one in a network only through a relationship is listed without years.
    /// </summary>
    [Test]
    public void Current_memberships_come_before_ended_ones_each_by_name()
    {
        using var content = new TempContent();
        content.With("networks/agenda.md", "---\nname: Agenda-nätverket\nkind: network\nmembers:\n  - municipality: huddinge\n    since: 2000\n    until: 2010\n---\nEtt nätverk.\n");
        content.With("networks/zeta.md", "---\nname: Zeta\nkind: network\nmembers:\n  - municipality: huddinge\n    since: 2001\n---\nEtt nätverk.\n");
        content.With("networks/baltic.md", "---\nname: Baltic\nkind: network\nmembers:\n  - municipality: huddinge\n    until: 1999\n  - municipality: huddinge\n    since: 2010\n---\nEtt nätverk.\n");
        var (files, lines) = SiteBuilder.Generate(content);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty);
            Assert.That(Networks(HtmlPages.Parse(files["kommuner/huddinge.html"])), Is.EqualTo(new[]
            {
                "Baltic Nätverk · medlem sedan 2010",
                "Nordiska vänortskedjan Vänortskedja · Danmark",
                "Zeta Nätverk · medlem sedan 2001",
                "Agenda-nätverket Nätverk · medlem 2000–2010, avslutat",
                "Baltic Nätverk · medlem till 1999, avslutat",
            }));
            Assert.That(Networks(HtmlPages.Parse(files["en/kommuner/huddinge.html"]))[3], Is.EqualTo("Agenda-nätverket Network · member 2000–2010, ended"));
        });
    }
}
