namespace Portal.Tests.Routing;

/// <summary>
/// The demo site built for https://example.org/internationellt/: every internal link must work from that sub-path
/// on any static server, so pages link relatively, except the 404 page, which the server shows at any depth.
/// </summary>
[TestFixture]
public sealed class SubPathLinkTests
{
    private const string BasePath = "/internationellt/";

    private BuildRun _site = null!;
    private IReadOnlyList<string> _pages = null!;

    [OneTimeSetUp]
    public void BuildDemoSite()
    {
        _site = DemoSite.Get();
        Assert.That(_site.Result.Succeeded, Is.True, _site.Report);
        _pages = DemoSite.Pages();
        Assert.That(_pages, Has.Count.GreaterThan(100));
    }

    private static bool IsExternal(string url) =>
        url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)
        || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal);

    private static bool IsPageLocal(string url) => url.StartsWith('#');

    private IEnumerable<(string Page, string Element, string Url)> InternalLinks(Func<string, bool> pageFilter) =>
        _pages.Where(pageFilter).SelectMany(page => HtmlPages.Links(DemoSite.Page(page))
            .Where(l => !IsExternal(l.Url) && !IsPageLocal(l.Url))
            .Select(l => (page, l.Element, l.Url)));

    [Test]
    public void Every_internal_link_of_an_ordinary_page_is_relative()
    {
        var absolute = InternalLinks(p => !p.EndsWith("404.html", StringComparison.Ordinal))
            .Where(l => l.Url.StartsWith('/') || l.Url.Contains("://", StringComparison.Ordinal) || l.Url.StartsWith("//", StringComparison.Ordinal))
            .Select(l => $"{l.Page}: <{l.Element}> {l.Url}")
            .ToList();
        Assert.That(absolute, Is.Empty);
    }

    [Test]
    public void Every_relative_link_leads_to_a_file_of_the_site()
    {
        var broken = InternalLinks(p => !p.EndsWith("404.html", StringComparison.Ordinal))
            .Select(l => (l.Page, l.Element, l.Url, Target: HtmlPages.ResolveRelative(l.Page, l.Url)))
            .Where(l => l.Target is null || !_site.Exists(l.Target))
            .Select(l => $"{l.Page}: <{l.Element}> {l.Url} → {l.Target ?? "(above the site root)"}")
            .ToList();
        Assert.That(broken, Is.Empty);
        Assert.That(InternalLinks(_ => true).Count(), Is.GreaterThan(5000), "the walk must have seen the site's links");
    }

    [Test]
    public void The_404_pages_link_by_absolute_path_under_the_base_path()
    {
        foreach (var page in new[] { "404.html", "en/404.html" })
        {
            var links = HtmlPages.Links(DemoSite.Page(page)).Where(l => !IsPageLocal(l.Url) && !IsExternal(l.Url)).ToList();
            Assert.That(links, Is.Not.Empty);
            Assert.That(links.Where(l => !l.Url.StartsWith(BasePath, StringComparison.Ordinal)).Select(l => l.Url), Is.Empty, page);
            var missing = links.Select(l => l.Url[BasePath.Length..].Split('#')[0]).Where(target => !_site.Exists(target)).ToList();
            Assert.That(missing, Is.Empty, page);
        }
    }

    [Test]
    public void The_404_page_loads_its_stylesheet_from_the_base_path() =>
        Assert.That(
            DemoSite.Page("en/404.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"),
            Is.EqualTo(BasePath + HtmlPages.StylesheetOf("index.html", DemoSite.Page("index.html"))),
            "the stylesheet the other pages load");

    [Test]
    public void Canonical_and_hreflang_links_are_absolute_under_the_base_url()
    {
        foreach (var page in _pages)
        {
            var document = DemoSite.Page(page);
            var canonical = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
            Assert.That(canonical, Is.EqualTo(DemoSite.BaseUrl + page), page);
            var alternates = document.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href")!).ToList();
            Assert.That(alternates, Has.Count.GreaterThanOrEqualTo(2), page);
            Assert.That(alternates, Has.All.StartsWith(DemoSite.BaseUrl), page);
            Assert.That(alternates.Select(a => a[DemoSite.BaseUrl.Length..]).Where(p => !_site.Exists(p)), Is.Empty, page);
        }
    }

    [Test]
    public void The_hreflang_alternates_name_the_page_in_each_language()
    {
        var document = DemoSite.Page("kommuner/huddinge.html");
        string? Alternate(string language) => document.QuerySelector($"link[rel=alternate][hreflang={language}]")?.GetAttribute("href");
        Assert.That(Alternate("sv"), Is.EqualTo("https://example.org/internationellt/kommuner/huddinge.html"));
        Assert.That(Alternate("en"), Is.EqualTo("https://example.org/internationellt/en/kommuner/huddinge.html"));
    }
}
