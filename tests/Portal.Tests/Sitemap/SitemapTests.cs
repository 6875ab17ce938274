using System.Xml.Linq;

namespace Portal.Tests.Sitemap;

[TestFixture]
public sealed class SitemapTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private XDocument _sitemap = null!;

    [OneTimeSetUp]
    public void ReadTheDemoSitemap()
    {
        var site = DemoSite.Get();
        Assert.That(site.Result.Succeeded, Is.True, site.Report);
        _sitemap = XDocument.Parse(site.ReadText("sitemap.xml"));
    }

    private IReadOnlyList<string> Locations() =>
        _sitemap.Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();

    [Test]
    public void Lists_every_page_except_the_404_and_search_pages_with_absolute_urls_under_the_base_url()
    {
        // A search page shows nothing until a resident asks: there is nothing on it for a search engine to find.
        var expected = DemoSite.Pages().Where(p => !p.EndsWith("404.html", StringComparison.Ordinal) && !p.EndsWith("sok.html", StringComparison.Ordinal)).Select(p => DemoSite.BaseUrl + p);
        Assert.That(Locations(), Is.EquivalentTo(expected));
    }

    [Test]
    public void Lists_each_page_once() =>
        Assert.That(Locations(), Is.Unique);

    [Test]
    public void Names_each_pages_language_versions()
    {
        var vanda = _sitemap.Root!.Elements(Sitemaps + "url")
            .Single(u => u.Element(Sitemaps + "loc")!.Value == DemoSite.BaseUrl + "samarbeten/huddinge/vanda.html");
        var versions = vanda.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
        Assert.That(versions["sv"], Is.EqualTo(DemoSite.BaseUrl + "samarbeten/huddinge/vanda.html"));
        Assert.That(versions["en"], Is.EqualTo(DemoSite.BaseUrl + "en/samarbeten/huddinge/vanda.html"));
    }

    [Test]
    public void Robots_txt_names_the_sitemap_by_its_absolute_url() =>
        Assert.That(DemoSite.Get().ReadText("robots.txt").Split('\n'), Does.Contain("Sitemap: https://example.org/internationellt/sitemap.xml"));

    [Test]
    public void A_base_url_given_on_the_command_line_moves_sitemap_and_robots()
    {
        using var content = new TempContent();
        var run = content.Build(baseUrl: "https://kommun.example/vanorter/").AssertClean();

        var locations = XDocument.Parse(run.ReadText("sitemap.xml")).Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.That(locations, Has.All.StartWith("https://kommun.example/vanorter/"));
        Assert.That(locations, Does.Contain("https://kommun.example/vanorter/en/samarbeten/huddinge/vanda.html"));
        Assert.That(run.ReadText("robots.txt"), Does.Contain("Sitemap: https://kommun.example/vanorter/sitemap.xml"));
    }
}
