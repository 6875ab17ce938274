using System.Globalization;
using System.ServiceModel.Syndication;

namespace Portal.Tests.Feeds;

/// <summary>The feeds of small content made for each test: the cap, the order, the texts of a change, escaping and determinism.</summary>
[TestFixture]
public sealed class FeedTests
{
    private static SyndicationFeed Feed(IReadOnlyDictionary<string, string> files, string path) => AtomFeeds.Parse(files[path]);

    private static TempContent WithVandasHistory() => new TempContent().WithVanda("""
        status: ended
        since: 1946
        until: 2024-01-17
        history:
          - date: 1946
            status: active
          - date: 2019-03-01
            status: dormant
          - date: 2024-01-17
            status: ended
            decision: huddinge-avslutar
        """);

    [Test]
    public void A_feed_shows_the_newest_50_entries_newest_first()
    {
        using var content = new TempContent();
        var first = new DateOnly(2000, 1, 1);
        for (var i = 0; i < 60; i++)
        {
            var date = first.AddDays(i * 7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            content.With($"decisions/beslut-{i:D2}.md", $"---\ntitle: Beslut {i}\nmunicipality: vanersborg\nbody: Kommunfullmäktige\ndate: {date}\nkind: guideline\n---\nBeslut nummer {i}.\n");
        }

        var (files, lines) = SiteBuilder.Generate(content);
        Assert.That(lines, Is.Empty);
        var vanersborg = Feed(files, "kommuner/vanersborg.atom.xml");
        Assert.That(vanersborg.Items.Select(i => i.Title.Text), Is.EqualTo(Enumerable.Range(10, 50).Reverse().Select(i => $"Beslut {i}")));
        Assert.That(vanersborg.LastUpdatedTime, Is.EqualTo(new DateTimeOffset(first.AddDays(59 * 7).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));

        // The whole portal's feed has Huddinge's decision of 2024 too, the newest, which leaves room for one fewer of Vänersborg's.
        var portal = Feed(files, "atom.xml");
        Assert.That(portal.Items.Select(i => i.Title.Text), Is.EqualTo(Enumerable.Range(11, 49).Reverse().Select(i => $"Beslut {i}").Prepend("Huddinge avslutar vänortssamarbetet")));
        Assert.That(portal.LastUpdatedTime, Is.EqualTo(new DateTimeOffset(2024, 1, 17, 0, 0, 0, TimeSpan.Zero)));
    }

    [Test]
    public void A_change_of_status_names_the_municipality_the_partner_the_old_and_new_status_and_the_date()
    {
        using var content = WithVandasHistory();
        var (files, lines) = SiteBuilder.Generate(content);
        Assert.That(lines, Is.Empty);
        var changes = Feed(files, "kommuner/huddinge.atom.xml").Items
            .Where(i => AtomFeeds.Page(i).AbsoluteUri == TempContent.BaseUrl + "samarbeten/huddinge/vanda.html#history-heading")
            .Select(i => (i.LastUpdatedTime.Date, i.Title.Text, i.Summary.Text)).ToList();
        Assert.That(changes, Is.EqualTo(new[]
        {
            (new DateTime(2024, 1, 17), "Huddinge – Vanda: från vilande till avslutad", "17 januari 2024: status för samarbetet mellan Huddinge och Vanda ändrades från vilande till avslutad."),
            (new DateTime(2019, 3, 1), "Huddinge – Vanda: från aktiv till vilande", "1 mars 2019: status för samarbetet mellan Huddinge och Vanda ändrades från aktiv till vilande."),
            (new DateTime(1946, 1, 1), "Huddinge – Vanda: inleddes som aktiv", "1946: samarbetet mellan Huddinge och Vanda inleddes med status aktiv."),
        }));

        var english = Feed(files, "en/atom.xml").Items.First(i => AtomFeeds.Page(i).AbsoluteUri == TempContent.BaseUrl + "en/samarbeten/huddinge/vanda.html#history-heading");
        Assert.That(english.Title.Text, Is.EqualTo("Huddinge – Vantaa: from dormant to ended"));
    }

    [Test]
    public void A_change_of_membership_names_the_municipality_the_network_and_both_statuses()
    {
        using var content = new TempContent().With(
            "networks/nordiska-vanortskedjan.md",
            """
            ---
            name: Nordiska vänortskedjan
            kind: twinning-chain
            country: DK
            members:
              - municipality: vanersborg
                since: 1946
                history:
                  - date: 1946
                    status: active
                  - date: 2014-06-01
                    status: dormant
            ---
            En kedja av vänorter i Norden.
            """);
        var (files, lines) = SiteBuilder.Generate(content);
        Assert.That(lines, Is.Empty);
        var changes = Feed(files, "kommuner/vanersborg.atom.xml").Items.Select(i => (AtomFeeds.Page(i).AbsoluteUri, i.Title.Text, i.Summary.Text)).ToList();
        Assert.That(changes, Is.EqualTo(new[]
        {
            (TempContent.BaseUrl + "natverk/nordiska-vanortskedjan.html#members-heading", "Vänersborg i Nordiska vänortskedjan: från aktiv till vilande", "1 juni 2014: status för Vänersborgs medlemskap i Nordiska vänortskedjan ändrades från aktiv till vilande."),
            (TempContent.BaseUrl + "natverk/nordiska-vanortskedjan.html#members-heading", "Vänersborg gick med i Nordiska vänortskedjan: aktiv", "1946: Vänersborg blev medlem i Nordiska vänortskedjan med status aktiv."),
        }));
    }

    [Test]
    public void Ids_are_stable_and_name_each_change_by_its_date_and_status()
    {
        using var content = WithVandasHistory();
        var ids = Feed(SiteBuilder.Generate(content).Files, "atom.xml").Items.Select(i => i.Id).ToList();
        Assert.That(ids, Is.EquivalentTo(new[]
        {
            TempContent.BaseUrl + "beslut/huddinge-avslutar.html",
            TempContent.BaseUrl + "samarbeten/huddinge/vanda.html#historik-1946-active",
            TempContent.BaseUrl + "samarbeten/huddinge/vanda.html#historik-2019-03-01-dormant",
            TempContent.BaseUrl + "samarbeten/huddinge/vanda.html#historik-2024-01-17-ended",
        }));
    }

    [Test]
    public void Text_from_content_is_text_in_the_feed_never_markup()
    {
        const string title = "Beslut om <script>alert(1)</script> & ”citat” ]]>";
        using var content = new TempContent().With(
            "decisions/huddinge-avslutar.md",
            $"---\ntitle: \"{title}\"\nmunicipality: huddinge\nbody: Kommunstyrelsen\ndate: 2024-01-17\nsummary: \"<b>fet</b> & <img src=x onerror=alert(1)>\"\n---\nText.\n");
        var (files, _) = SiteBuilder.Generate(content);
        var entry = Feed(files, "atom.xml").Items.Single(i => i.Id.EndsWith("beslut/huddinge-avslutar.html", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(entry.Title.Text, Is.EqualTo(title));
            Assert.That(entry.Title.Type, Is.EqualTo("text"));
            Assert.That(entry.Summary.Text, Is.EqualTo("<b>fet</b> & <img src=x onerror=alert(1)>"));
            Assert.That(entry.Summary.Type, Is.EqualTo("text"));
        });
    }

    [Test]
    public void A_decision_without_a_summary_is_described_by_its_kind_body_and_date()
    {
        using var content = new TempContent();
        var (files, _) = SiteBuilder.Generate(content);
        var entry = Feed(files, "en/atom.xml").Items.Single(i => i.Id.EndsWith("beslut/huddinge-avslutar.html", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(entry.Summary.Text, Is.EqualTo("Decision by Kommunstyrelsen, 17 January 2024."));
            Assert.That(entry.ElementExtensions, Is.Empty);
        });
    }

    [Test]
    public void The_feeds_are_the_same_bytes_from_build_to_build()
    {
        using var content = WithVandasHistory();
        var first = SiteBuilder.Generate(content).Files;
        var second = SiteBuilder.Generate(content).Files;
        var feeds = AtomFeeds.FeedPaths(first.Keys).ToList();
        Assert.That(feeds, Is.EquivalentTo(new[] { "atom.xml", "en/atom.xml", "kommuner/huddinge.atom.xml", "kommuner/vanersborg.atom.xml", "en/kommuner/huddinge.atom.xml", "en/kommuner/vanersborg.atom.xml" }));
        Assert.That(feeds.Select(f => second[f]), Is.EqualTo(feeds.Select(f => first[f])));
    }

    [Test]
    public void A_feed_with_no_entries_is_dated_by_the_content_not_the_clock()
    {
        using var content = new TempContent();
        var feed = Feed(SiteBuilder.Generate(content).Files, "kommuner/vanersborg.atom.xml");
        Assert.Multiple(() =>
        {
            Assert.That(feed.Items, Is.Empty);
            Assert.That(feed.LastUpdatedTime, Is.EqualTo(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)), "the latest year the content mentions");
        });
    }

    [Test]
    public void An_untranslated_decision_is_marked_with_the_language_it_is_written_in()
    {
        using var content = new TempContent();
        var files = SiteBuilder.Generate(content).Files;
        var raw = System.Xml.Linq.XDocument.Parse(files["en/atom.xml"]);
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = raw.Root!.Elements(atom + "entry").Single(e => e.Element(atom + "id")!.Value.EndsWith("beslut/huddinge-avslutar.html", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(raw.Root.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value, Is.EqualTo("en"));
            Assert.That(entry.Element(atom + "title")!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang")?.Value, Is.EqualTo("sv"), "the Swedish title");
            Assert.That(entry.Element(atom + "summary")!.Attribute(System.Xml.Linq.XNamespace.Xml + "lang"), Is.Null, "the summary the feed words in English");
        });
    }
}
