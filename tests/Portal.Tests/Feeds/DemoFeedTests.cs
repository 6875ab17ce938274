using System.ServiceModel.Syndication;
using Portal.Data;
using Portal.Input;

namespace Portal.Tests.Feeds;

/// <summary>The demo's Atom feeds, read by a real feed parser: what a resident's feed reader gets.</summary>
[TestFixture]
public sealed class DemoFeedTests
{
    private BuildRun _demo = null!;
    private IReadOnlyList<string> _feeds = null!;

    [OneTimeSetUp]
    public void BuildDemoSite()
    {
        _demo = DemoSite.Get();
        Assert.That(_demo.Result.Succeeded, Is.True, _demo.Report);
        var files = Directory.EnumerateFiles(_demo.OutputDirectory, "*.xml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_demo.OutputDirectory, f).Replace('\\', '/'));
        _feeds = [.. AtomFeeds.FeedPaths(files)];
    }

    private SyndicationFeed Feed(string path) => AtomFeeds.Parse(_demo.ReadText(path));

    [Test]
    public void There_is_a_feed_of_the_portal_and_of_each_municipality_in_each_language()
    {
        var municipalities = DemoSite.Pages().Where(p => p.StartsWith("kommuner/", StringComparison.Ordinal) && p != "kommuner/index.html" && !p.Contains("sida-", StringComparison.Ordinal))
            .Select(p => p[.."kommuner/".Length] + Path.GetFileNameWithoutExtension(p) + ".atom.xml").ToList();
        Assert.That(municipalities, Is.Not.Empty);
        Assert.That(_feeds, Is.EquivalentTo(new[] { "atom.xml", "en/atom.xml" }.Concat(municipalities).Concat(municipalities.Select(m => "en/" + m))));
    }

    [Test]
    public void Every_entry_links_to_a_page_of_the_build_and_has_an_id_a_title_and_a_date()
    {
        Assert.Multiple(() =>
        {
            foreach (var path in _feeds)
            {
                var feed = Feed(path);
                Assert.That(feed.Id, Is.EqualTo(DemoSite.BaseUrl + path), path);
                Assert.That(feed.Links.Single(l => l.RelationshipType == "self").Uri.AbsoluteUri, Is.EqualTo(DemoSite.BaseUrl + path), path);
                Assert.That(AtomFeeds.SitePath(feed.Links.Single(l => l.RelationshipType == "alternate").Uri, DemoSite.BaseUrl) is { } home && _demo.Exists(home), Is.True, $"{path}: the feed's page exists");
                Assert.That(feed.Items.Select(i => i.Id), Is.Unique, path);
                foreach (var item in feed.Items)
                {
                    var page = AtomFeeds.SitePath(AtomFeeds.Page(item), DemoSite.BaseUrl);
                    Assert.That(page is not null && page.EndsWith(".html", StringComparison.Ordinal) && _demo.Exists(page), Is.True, $"{path}: {item.Id} links to {AtomFeeds.Page(item)}, a page of the build");
                    if (page is not null && AtomFeeds.Page(item).Fragment is { Length: > 1 } fragment)
                    {
                        Assert.That(DemoSite.Page(page).GetElementById(fragment[1..]), Is.Not.Null, $"{path}: {item.Id} links to {fragment}, a part of its page");
                    }

                    Assert.That(item.Id, Does.StartWith(DemoSite.BaseUrl), path);
                    Assert.That(item.Title.Text, Is.Not.Empty, path);
                    Assert.That(item.Summary?.Text, Is.Not.Null.And.Not.Empty, $"{path}: {item.Id}");
                    Assert.That(item.LastUpdatedTime, Is.GreaterThan(DateTimeOffset.MinValue), path);
                }
            }
        });
    }

    [Test]
    public void Entries_are_newest_first_and_the_feed_is_as_new_as_its_newest_entry()
    {
        Assert.Multiple(() =>
        {
            foreach (var path in _feeds)
            {
                var feed = Feed(path);
                var dates = feed.Items.Select(i => i.LastUpdatedTime).ToList();
                Assert.That(dates, Is.Ordered.Descending, path);
                Assert.That(feed.Items.Count(), Is.LessThanOrEqualTo(50), path);
                if (dates.Count > 0)
                {
                    Assert.That(feed.LastUpdatedTime, Is.EqualTo(dates[0]), path);
                }
            }
        });
    }

    [Test]
    public void The_portal_feed_has_one_entry_per_decision_and_one_per_change_of_status()
    {
        var decisions = DemoSite.Pages().Where(p => p.StartsWith("beslut/", StringComparison.Ordinal) && p != "beslut/index.html" && !p.Contains("sida-", StringComparison.Ordinal)).ToList();
        var bag = new DiagnosticBag();
        var changes = CsvReader.Parse(TextDecoder.Decode(File.ReadAllBytes(Path.Combine(_demo.OutputDirectory, "data/history.csv")), "history.csv", bag)!).Count - 1;
        Assert.That(decisions.Count + changes, Is.LessThanOrEqualTo(50), "the demo fits in one feed: else this test needs the cap in mind");

        var pages = Feed("atom.xml").Items.Select(i => AtomFeeds.SitePath(AtomFeeds.Page(i), DemoSite.BaseUrl)!).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(pages.Where(p => p.StartsWith("beslut/", StringComparison.Ordinal)), Is.EquivalentTo(decisions));
            Assert.That(pages.Count(p => !p.StartsWith("beslut/", StringComparison.Ordinal)), Is.EqualTo(changes));
        });
    }

    [Test]
    public void A_municipalitys_feed_has_the_decisions_its_page_lists_and_the_changes_of_its_relationships()
    {
        var listed = DemoSite.Page("kommuner/vanersborg.html").QuerySelectorAll("section[aria-labelledby=decisions-heading] a")
            .Select(a => "beslut/" + a.GetAttribute("href")!.Split('/')[^1]).ToList();
        var feed = Feed("kommuner/vanersborg.atom.xml");
        var pages = feed.Items.Select(i => AtomFeeds.SitePath(AtomFeeds.Page(i), DemoSite.BaseUrl)!).ToList();
        var utajarvi = feed.Items.Where(i => AtomFeeds.Page(i).AbsoluteUri == DemoSite.BaseUrl + "samarbeten/vanersborg/utajarvi.html#history-heading").OrderBy(i => i.LastUpdatedTime).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(pages.Where(p => p.StartsWith("beslut/", StringComparison.Ordinal)), Is.EquivalentTo(listed));
            Assert.That(pages.Where(p => p.StartsWith("samarbeten/", StringComparison.Ordinal)), Has.All.StartWith("samarbeten/vanersborg/"));
            Assert.That(utajarvi.Select(i => i.LastUpdatedTime.Year), Is.EqualTo(new[] { 1948, 1976 }));
            Assert.That(utajarvi[0].Summary.Text, Does.Contain("Vänersborg").And.Contain("Utajärvi").And.Contain("aktiv").And.Contain("1948"));
            Assert.That(utajarvi[1].Summary.Text, Does.Contain("Vänersborg").And.Contain("Utajärvi").And.Contain("från aktiv till avslutad").And.Contain("1976"));
        });
    }

    [Test]
    public void A_membership_change_is_in_the_feed_of_the_member_and_names_the_network()
    {
        var metropolis = Feed("kommuner/stockholm.atom.xml").Items.Single(i => AtomFeeds.Page(i).AbsoluteUri == DemoSite.BaseUrl + "natverk/metropolis.html#members-heading");
        Assert.Multiple(() =>
        {
            Assert.That(metropolis.LastUpdatedTime, Is.EqualTo(new DateTimeOffset(2011, 12, 31, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(metropolis.Title.Text, Is.EqualTo("Stockholm lämnade Metropolis"), "a history of one change, to ended, says the membership ended, not that it began");
            Assert.That(metropolis.Summary.Text, Is.EqualTo("31 december 2011: Stockholm lämnade Metropolis."));
        });
    }

    [Test]
    public void The_English_feeds_are_in_English_and_link_to_English_pages()
    {
        var feed = Feed("en/kommuner/vanersborg.atom.xml");
        var utajarvi = feed.Items.Where(i => AtomFeeds.Page(i).AbsoluteUri == DemoSite.BaseUrl + "en/samarbeten/vanersborg/utajarvi.html#history-heading").OrderBy(i => i.LastUpdatedTime).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(feed.Language, Is.EqualTo("en"));
            Assert.That(feed.Title.Text, Does.Contain("decisions and changes"));
            Assert.That(feed.Items.Select(i => AtomFeeds.Page(i).AbsoluteUri), Has.All.StartWith(DemoSite.BaseUrl + "en/"));
            Assert.That(utajarvi.Select(i => i.Summary.Text).Last(), Does.Contain("changed from active to ended"));
        });
    }

    [Test]
    public void Every_page_advertises_the_portals_feed_in_its_language_and_links_to_it_visibly()
    {
        Assert.Multiple(() =>
        {
            foreach (var path in DemoSite.Pages())
            {
                var page = DemoSite.Page(path);
                var language = path.StartsWith("en/", StringComparison.Ordinal) ? "en/" : string.Empty;
                var advertised = page.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").ToList();
                Assert.That(advertised, Is.Not.Empty, path);
                Assert.That(advertised.Select(l => l.GetAttribute("title")), Has.All.Not.Empty, path);
                var hrefs = advertised.Select(l => Resolve(path, l.GetAttribute("href")!)).ToList();
                Assert.That(hrefs[0], Is.EqualTo(language + "atom.xml"), path);
                Assert.That(hrefs, Has.All.Matches<string>(_demo.Exists), path);
                var visible = page.QuerySelectorAll("footer a[type='application/atom+xml']").Select(a => Resolve(path, a.GetAttribute("href")!));
                Assert.That(visible, Is.EqualTo(new[] { language + "atom.xml" }), path);
            }
        });
    }

    [Test]
    public void A_municipalitys_page_advertises_and_links_to_its_own_feed()
    {
        var page = DemoSite.Page("en/kommuner/huddinge.html");
        var advertised = page.QuerySelectorAll("head link[type='application/atom+xml']").Select(l => (Resolve("en/kommuner/huddinge.html", l.GetAttribute("href")!), l.GetAttribute("title"))).ToList();
        var visible = page.QuerySelectorAll("main a[type='application/atom+xml']").Select(a => Resolve("en/kommuner/huddinge.html", a.GetAttribute("href")!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(advertised[1], Is.EqualTo(("en/kommuner/huddinge.atom.xml", Feed("en/kommuner/huddinge.atom.xml").Title.Text)));
            Assert.That(visible, Is.EqualTo(new[] { "en/kommuner/huddinge.atom.xml" }));
        });
    }

    [TestCase("samarbeten/huddinge/vanda.html", "kommuner/huddinge.atom.xml")]
    [TestCase("en/beslut/stockholm-oversyn-internationella-organisationer-2011.html", "en/kommuner/stockholm.atom.xml")]
    public void A_relationship_s_and_a_decision_s_page_advertise_their_municipality_s_feed(string path, string municipalityFeed)
    {
        var advertised = DemoSite.Page(path).QuerySelectorAll("head link[type='application/atom+xml']").Select(l => (Resolve(path, l.GetAttribute("href")!), l.GetAttribute("title"))).ToList();

        Assert.That(advertised.Skip(1), Is.EqualTo(new[] { (municipalityFeed, Feed(municipalityFeed).Title.Text) }));
    }

    /// <summary>The site path a page's href leads to, as a browser resolves it against the page's address.</summary>
    private static string Resolve(string pagePath, string href) =>
        AtomFeeds.SitePath(new Uri(new Uri(DemoSite.BaseUrl + pagePath), href), DemoSite.BaseUrl) ?? href;
}
