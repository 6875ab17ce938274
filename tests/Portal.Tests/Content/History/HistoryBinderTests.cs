namespace Portal.Tests.Content.History;

/// <summary>
/// <c>history</c> on a relationship and on a network's member: read in date order, and each disagreement with the keys
/// beside it reported at the key that disagrees (PT0054). The minimal content's decision is huddinge-avslutar.
/// </summary>
public sealed class HistoryBinderTests
{
    /// <summary>Vanda's file with <paramref name="facts"/> from line 6 on (status, since, until) and then <paramref name="history"/>.</summary>
    private static ContentModel Load(string facts, string history)
    {
        using var content = new TempContent();
        content.WithVanda($"{facts}\n{history}");
        return ContentModel.Load(content);
    }

    private const string ThreeChanges = """
        history:
          - date: 1946
            status: active
          - date: 2014
            status: dormant
            note: Kartläggningen säger att samarbetet är vilande.
          - date: 2024-01-17
            status: ended
            decision: huddinge-avslutar
        """;

    [Test]
    public void A_history_that_agrees_with_status_since_and_until_is_read_in_its_order()
    {
        var model = Load("status: ended\nsince: 1946\nuntil: 2024-01-17", ThreeChanges);

        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.That(model.In("sv").Relationships.Single().History, Is.EqualTo(new[]
        {
            new HistoryEntry(new PartialDate(1946), RelationshipStatus.Active, null, null),
            new HistoryEntry(new PartialDate(2014), RelationshipStatus.Dormant, null, "Kartläggningen säger att samarbetet är vilande."),
            new HistoryEntry(new PartialDate(2024, 1, 17), RelationshipStatus.Ended, "huddinge-avslutar", null),
        }));
    }

    [Test]
    public void A_year_agrees_with_a_date_in_it() =>
        Assert.That(Load("status: ended\nsince: 1946-05-01\nuntil: 2024", ThreeChanges).Lines, Is.Empty);

    [Test]
    public void A_decision_named_only_in_the_history_concerns_the_relationship()
    {
        using var content = new TempContent();
        content.WithVanda($"status: ended\nsince: 1946\nuntil: 2024-01-17\n{ThreeChanges}");
        content.WithLine("decisions/huddinge-avslutar.md", 10, "  - nordiska-vanortskedjan");
        var model = ContentModel.Load(content);

        Assert.That(model.In("sv").Relationships.Single().Decisions, Is.EqualTo(new[] { "huddinge-avslutar" }));
    }

    [Test]
    public void Entries_out_of_date_order_are_an_error_at_the_later_entrys_date() =>
        Assert.That(Load("status: ended", "history:\n  - date: 2024\n    status: ended\n  - date: 1946\n    status: active").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:6:1: warning PT0035: 'status: ended' without the year it ended: add 'until: <year>' (or a date, 2024-01-17); if no source gives the year, write 'until: unknown'",
            "partners/huddinge/vanda.md:10:5: error PT0054: the history's entries must be in date order, but 1946 comes after 2024: move this entry before the one dated 2024, or correct the date",
            "partners/huddinge/vanda.md:11:5: error PT0054: the history ends in 'active', but the relationship's status is 'ended': the last entry is the status now; add an entry for the change to 'ended', or correct 'status'",
        }));

    [Test]
    public void A_last_status_that_is_not_the_status_is_an_error_at_the_last_entrys_status() =>
        Assert.That(Load("status: active", "history:\n  - date: 1946\n    status: active\n  - date: 2014\n    status: dormant").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:11:5: error PT0054: the history ends in 'dormant', but the relationship's status is 'active': the last entry is the status now; add an entry for the change to 'active', or correct 'status'",
        }));

    [Test]
    public void A_since_that_is_not_the_first_entrys_date_is_an_error_at_since() =>
        Assert.That(Load("status: active\nsince: 1950", "history:\n  - date: 1946\n    status: active").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:7:1: error PT0054: 'since' (1950) does not agree with the history, whose first entry is dated 1946: write the same date in both, or leave 'since' out",
        }));

    [Test]
    public void An_until_that_is_not_the_date_it_ended_is_an_error_at_until() =>
        Assert.That(Load("status: ended\nuntil: 2023", "history:\n  - date: 1946\n    status: active\n  - date: 2024-01-17\n    status: ended").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:7:1: error PT0054: 'until' (2023) does not agree with the history, which says the relationship ended 2024-01-17: write the same date in both",
        }));

    [Test]
    public void Until_unknown_when_the_history_dates_the_end_is_an_error_at_until() =>
        Assert.That(Load("status: ended\nuntil: unknown", "history:\n  - date: 2024\n    status: ended").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:7:1: error PT0054: 'until' is unknown, but the history says the relationship ended 2024: write 'until: 2024'",
        }));

    [Test]
    public void An_entry_without_its_date_or_status_is_reported_and_the_rest_is_not_checked_against_it() =>
        Assert.That(Load("status: ended\nuntil: 2024", "history:\n  - status: active\n  - date: 2024\n    status: closed").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:9:5: error PT0005: the required key 'date' is missing (a year or a date)",
            "partners/huddinge/vanda.md:11:13: error PT0007: 'closed' is not a valid value for 'status'; valid values: active, sporadic, dormant, ended",
        }));

    [Test]
    public void A_decision_that_does_not_exist_is_an_error_at_its_name()
    {
        var lines = Load("status: ended\nuntil: 2024", "history:\n  - date: 2024\n    status: ended\n    decision: huddinge-avslutat").Lines;
        Assert.That(lines, Has.Count.EqualTo(1));
        Assert.That(lines[0], Does.StartWith("partners/huddinge/vanda.md:11:15: error PT0013: "));
        Assert.That(lines[0], Does.Contain("huddinge-avslutar"), "the nearest decision is suggested");
    }

    [Test]
    public void History_is_a_list_of_entries() =>
        Assert.That(Load("status: ended\nuntil: 2024", "history: 2024").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:8:10: error PT0008: 'history' must be a list of entries (- date: 1949, status: active)",
        }));

    [Test]
    public void A_members_history_must_end_when_the_membership_does()
    {
        using var content = new TempContent();
        content.With("networks/nordiska-vanortskedjan.md", """
            ---
            name: Nordiska vänortskedjan
            kind: twinning-chain
            members:
              - municipality: vanersborg
                since: 1946
                until: 2011-12-31
                history:
                  - date: 1946
                    status: active
                  - date: 2011-12-31
                    status: dormant
                    decision: huddinge-avslutar
            ---
            En kedja.
            """);
        var model = ContentModel.Load(content);

        Assert.That(model.Lines, Is.EqualTo(new[]
        {
            "networks/nordiska-vanortskedjan.md:12:9: error PT0054: the history ends in 'dormant', but the membership's status is 'ended': the last entry is the status now; add an entry for the change to 'ended', or correct 'until'",
        }));
        var network = model.In("sv").Networks.Single();
        Assert.That(network.Members.Single().History, Has.Count.EqualTo(2));
        Assert.That(network.Decisions, Is.EqualTo(new[] { "huddinge-avslutar" }), "the decision behind a member's change concerns the network");
    }

    [Test]
    public void A_network_page_shows_each_members_history_with_its_decision()
    {
        using var content = new TempContent();
        content.With("networks/nordiska-vanortskedjan.md", """
            ---
            name: Nordiska vänortskedjan
            kind: twinning-chain
            members:
              - municipality: vanersborg
                since: 1946
                until: 2024-01-17
                history:
                  - date: 1946
                    status: active
                  - date: 2024-01-17
                    status: ended
                    decision: huddinge-avslutar
            ---
            En kedja.
            """);
        var (files, lines) = SiteBuilder.Generate(content);
        var table = HtmlPages.Parse(files["natverk/nordiska-vanortskedjan.html"]).QuerySelector("section[aria-labelledby=members-heading] table")!;
        var entries = table.QuerySelectorAll("td ol.history > li").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty);
            Assert.That(table.QuerySelectorAll("thead th").Select(th => th.TextContent), Is.EqualTo(new[] { "Kommun", "År", "Roll", "Historik" }));
            Assert.That(entries.Select(e => e.QuerySelector("time")!.GetAttribute("datetime")), Is.EqualTo(new[] { "1946", "2024-01-17" }));
            Assert.That(entries[1].QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("../beslut/huddinge-avslutar.html"));
        });
    }

    [Test]
    public void A_network_page_without_members_histories_has_no_history_column()
    {
        using var content = new TempContent();
        var (files, _) = SiteBuilder.Generate(content);
        var table = HtmlPages.Parse(files["natverk/nordiska-vanortskedjan.html"]).QuerySelector("section[aria-labelledby=members-heading] table")!;
        Assert.That(table.QuerySelectorAll("thead th").Select(th => th.TextContent), Is.EqualTo(new[] { "Kommun", "År", "Roll" }));
    }
}
