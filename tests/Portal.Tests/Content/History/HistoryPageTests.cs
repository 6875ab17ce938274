namespace Portal.Tests.Content.History;

/// <summary>A relationship's history as its page shows it, and the decision pages it links to, on content not in the repository.</summary>
public sealed class HistoryPageTests
{
    private static (IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> Lines) Build(Action<TempContent>? more = null)
    {
        using var content = new TempContent();
        more?.Invoke(content);
        content.WithVanda("""
            status: ended
            since: 1946
            until: 2024-01-17
            history:
              - date: 1946
                status: active
              - date: 2014
                status: dormant
                decision: huddinge-kartlaggning
                note: Kartläggningen säger att samarbetet är vilande.
              - date: 2024-01-17
                status: ended
                decision: huddinge-avslutar
            """);
        content.With("decisions/huddinge-kartlaggning.md", """
            ---
            title: Kartläggning av vänorterna
            municipality: huddinge
            body: Kommunstyrelsens förvaltning
            date: 2014-06-01
            kind: report
            ---
            En kartläggning.
            """);
        return SiteBuilder.Generate(content);
    }

    [Test]
    public void The_page_lists_each_change_with_its_date_status_and_decision()
    {
        var (files, lines) = Build();
        var page = HtmlPages.Parse(files["samarbeten/huddinge/vanda.html"]);
        var entries = page.QuerySelectorAll("section[aria-labelledby=history-heading] ol.history > li").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty);
            Assert.That(page.QuerySelector("#history-heading")?.TextContent, Is.EqualTo("Historik"));
            Assert.That(entries.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")), Is.EqualTo(new[] { "1946", "2014", "2024-01-17" }));
            Assert.That(entries.Select(e => e.QuerySelector("time")!.TextContent), Is.EqualTo(new[] { "1946", "2014", "17 januari 2024" }));
            Assert.That(entries.Select(e => e.QuerySelector(".status")!.TextContent), Is.EqualTo(new[] { "Aktiv", "Vilande", "Avslutad" }));
            Assert.That(entries.Select(e => e.QuerySelector("a")?.GetAttribute("href")), Is.EqualTo(new[] { null, "../../beslut/huddinge-kartlaggning.html", "../../beslut/huddinge-avslutar.html" }));
            Assert.That(entries[1].TextContent, Does.Contain("Kartläggningen säger att samarbetet är vilande."));
            Assert.That(files, Does.ContainKey("beslut/huddinge-kartlaggning.html"), "each link leads to a page");
        });
    }

    [Test]
    public void A_decision_named_only_in_a_history_lists_the_relationship_it_concerns()
    {
        var (files, _) = Build();
        var decision = HtmlPages.Parse(files["beslut/huddinge-kartlaggning.html"]);
        Assert.That(decision.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")), Does.Contain("../samarbeten/huddinge/vanda.html"));
        Assert.That(HtmlPages.Parse(files["samarbeten/huddinge/vanda.html"]).QuerySelectorAll(".decision-list a").Select(a => a.TextContent), Is.EquivalentTo(new[] { "Kartläggning av vänorterna", "Huddinge avslutar vänortssamarbetet" }));
    }

    [Test]
    public void On_an_english_page_a_note_is_marked_as_swedish()
    {
        var (files, _) = Build();
        var page = HtmlPages.Parse(files["en/samarbeten/huddinge/vanda.html"]);
        var note = page.QuerySelectorAll("ol.history span[lang]").Single();
        Assert.Multiple(() =>
        {
            Assert.That(note.GetAttribute("lang"), Is.EqualTo("sv"));
            Assert.That(note.TextContent, Is.EqualTo("Kartläggningen säger att samarbetet är vilande."));
            Assert.That(page.QuerySelector("#history-heading")?.TextContent, Is.EqualTo("History"));
        });
    }

    [Test]
    public void The_page_draws_the_history_as_a_timeline_a_screen_reader_can_read()
    {
        var (files, _) = Build();
        var svg = HtmlPages.Parse(files["samarbeten/huddinge/vanda.html"]).QuerySelector("section[aria-labelledby=history-heading] figure svg[role=img]")!;
        Assert.Multiple(() =>
        {
            Assert.That(svg.QuerySelector("title")!.TextContent, Is.EqualTo("Tidslinje: Vanda"));
            Assert.That(svg.QuerySelector("desc")!.TextContent, Is.EqualTo("Vanda: aktiv 1946–2014, vilande 2014–2024, avslutad 2024"));
            Assert.That(svg.QuerySelectorAll("line.timeline__bar").Select(b => b.ClassList.Last()), Is.EqualTo(new[] { "timeline__bar--active", "timeline__bar--dormant" }));
        });
    }

    [Test]
    public void A_municipality_s_timeline_draws_a_relationship_without_a_history_as_not_given_and_says_so_in_its_legend()
    {
        var (files, lines) = Build(c => c.With("partners/huddinge/askim.md", "---\nname: Askim\ncountry: NO\nlocation: {lat: 59.58, lon: 11.16}\ntype: twin-town\nstatus: active\nsince: 1950\n---\nAskim är Huddinges vänort.\n"));

        var figure = HtmlPages.Parse(files["kommuner/huddinge.html"]).QuerySelector("section[aria-labelledby=timeline-heading] figure")!;
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty);
            Assert.That(figure.QuerySelectorAll("svg.timeline line.timeline__bar--unrecorded"), Has.Length.EqualTo(1), "Askim's bar");
            Assert.That(figure.QuerySelectorAll(".chart__legend li").Select(li => li.TextContent.Trim()), Is.EqualTo(new[] { "Aktiv", "Sporadisk", "Vilande", "Avslutad", "Status över tid inte angiven" }));
        });
    }
}
