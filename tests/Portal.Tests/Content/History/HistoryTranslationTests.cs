namespace Portal.Tests.Content.History;

/// <summary>
/// A translation (<c>vanda.en.md</c>) gives a history's notes, each under the date of the original's entry; status and
/// decision stay the original's. A note it does not give is shown in the original's language, and marked so.
/// </summary>
public sealed class HistoryTranslationTests
{
    /// <summary>The original's keys after its type.</summary>
    private const string Original = """
        status: ended
        since: 1946
        until: 2024
        history:
          - date: 1946
            status: active
            note: Vänortssamarbetet börjar.
          - date: 2014
            status: dormant
            note: Kartläggningen säger att samarbetet är vilande.
          - date: 2024
            status: ended
            decision: huddinge-avslutar
        """;

    private static ContentModel Load(string? translation)
    {
        using var content = new TempContent();
        content.WithVanda(Original);
        if (translation is not null)
        {
            content.With("partners/huddinge/vanda.en.md", translation);
        }

        return ContentModel.Load(content);
    }

    [Test]
    public void A_translated_note_replaces_the_original_s_by_date_and_the_others_keep_the_original_s_language()
    {
        var model = Load("---\nname: Vantaa\nhistory:\n  - date: 2014\n    note: The survey says the cooperation is dormant.\n  - date: 2024\n    note: The board ends it.\n---\nVantaa was Huddinge's twin town.\n");

        Assert.That(model.Lines, Is.Empty, model.Report);
        Assert.Multiple(() =>
        {
            Assert.That(model.In("en").Relationships.Single().History, Is.EqualTo(new[]
            {
                new HistoryEntry(new PartialDate(1946), RelationshipStatus.Active, null, "Vänortssamarbetet börjar.", "sv"),
                new HistoryEntry(new PartialDate(2014), RelationshipStatus.Dormant, null, "The survey says the cooperation is dormant."),
                new HistoryEntry(new PartialDate(2024), RelationshipStatus.Ended, "huddinge-avslutar", "The board ends it."),
            }));
            Assert.That(model.In("sv").Relationships.Single().History.Select(h => (h.Note, h.NoteLanguage)), Is.EqualTo(new (string?, string?)[]
            {
                ("Vänortssamarbetet börjar.", null),
                ("Kartläggningen säger att samarbetet är vilande.", null),
                (null, null),
            }));
        });
    }

    [Test]
    public void Without_a_translation_every_note_is_in_the_original_s_language() =>
        Assert.That(Load(null).In("en").Relationships.Single().History.Select(h => h.NoteLanguage), Is.EqualTo(new[] { "sv", "sv", null }));

    [Test]
    public void A_translated_date_the_original_does_not_have_and_a_status_are_errors_at_the_translation_s_lines() =>
        Assert.That(Load("---\nhistory:\n  - date: 2015\n    note: Wrong year.\n  - date: 2024\n    status: active\n    note: The board ends it.\n  - date: 2024\n    note: Twice.\n---\nText.\n").Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.en.md:3:5: error PT0054: the original's history has no entry dated 2015: a translation gives the notes of the original's entries, each under the date it has there",
            "partners/huddinge/vanda.en.md:6:5: error PT0031: 'status' cannot differ between languages: set it in the original's history only; a translation's history gives each entry's date and its note",
            "partners/huddinge/vanda.en.md:8:5: error PT0054: the original's history has only 1 entry dated 2024: a translation gives the notes of the original's entries, each under the date it has there",
        }));

    [Test]
    public void The_english_page_shows_the_translated_note_unmarked_and_the_untranslated_one_marked_swedish()
    {
        using var content = new TempContent();
        content.WithVanda(Original).With("partners/huddinge/vanda.en.md", "---\nhistory:\n  - date: 2014\n    note: The survey says the cooperation is dormant.\n---\nVantaa was Huddinge's twin town.\n");

        var (files, lines) = SiteBuilder.Generate(content);

        Assert.That(lines, Is.Empty);
        var notes = HtmlPages.Parse(files["en/samarbeten/huddinge/vanda.html"]).QuerySelectorAll("ol.history .history__about").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(notes[0].QuerySelector("span[lang=sv]")?.TextContent, Is.EqualTo("Vänortssamarbetet börjar."));
            Assert.That(notes[1].TextContent, Is.EqualTo("The survey says the cooperation is dormant."));
            Assert.That(notes[1].QuerySelector("[lang]"), Is.Null);
        });
    }
}
