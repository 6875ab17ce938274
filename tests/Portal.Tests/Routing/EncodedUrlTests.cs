using System.Xml.Linq;

namespace Portal.Tests.Routing;

/// <summary>
/// Any base URL an IRI allows builds (a path with å, ä or ö, a percent-encoded space, a host with å), and every URL
/// the site writes is a correctly encoded URI: links, the sitemap, robots.txt and the open data. Assets named as
/// editors name them ("protokoll 2020.pdf", "årsrapport.pdf") are linked percent-encoded.
/// </summary>
public sealed class EncodedUrlTests
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static IReadOnlyList<string> SitemapUrls(BuildRun run) =>
        XDocument.Parse(run.ReadText("sitemap.xml")).Descendants(Sitemaps + "loc").Select(l => l.Value).ToList();

    [TestCase("https://kommun.example/vänorter/", "https://kommun.example/v%C3%A4norter/")]
    [TestCase("https://kommun.example/v%C3%A4norter/", "https://kommun.example/v%C3%A4norter/")]
    [TestCase("https://kommun.example/inter nationellt/", "https://kommun.example/inter%20nationellt/")]
    [TestCase("https://kommun.example/a%20b/", "https://kommun.example/a%20b/")]
    [TestCase("https://vänersborg.example/", "https://xn--vnersborg-v2a.example/")]
    [TestCase("https://kommun.example:8443/int/", "https://kommun.example:8443/int/")]
    public void A_base_url_with_any_IRI_path_or_host_builds_with_encoded_URLs_everywhere(string baseUrl, string encoded)
    {
        using var content = new TempContent();

        var run = content.Build(baseUrl: baseUrl).AssertClean();

        var basePath = new Uri(encoded).AbsolutePath;
        Assert.Multiple(() =>
        {
            Assert.That(SitemapUrls(run), Has.All.StartWith(encoded).And.All.Matches<string>(u => u.All(char.IsAscii) && !u.Contains(' ')));
            Assert.That(SitemapUrls(run), Does.Contain(encoded + "samarbeten/huddinge/vanda.html"));
            Assert.That(run.ReadText("robots.txt"), Does.Contain($"Sitemap: {encoded}sitemap.xml\n"));
            Assert.That(run.ReadText("data/partners.csv"), Does.Contain($",{encoded}samarbeten/huddinge/vanda.html\r\n"));
            Assert.That(run.ReadText("data/partners.json"), Does.Contain($"\"url\": \"{encoded}samarbeten/huddinge/vanda.html\""));
            var page = run.Html("samarbeten/huddinge/vanda.html");
            Assert.That(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Is.EqualTo(encoded + "samarbeten/huddinge/vanda.html"));
            var notFoundLinks = run.Html("404.html").QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!).Where(h => h.StartsWith('/')).ToList();
            Assert.That(notFoundLinks, Is.Not.Empty.And.All.StartWith(basePath));
        });
    }

    [Test]
    public void Assets_named_with_spaces_and_non_ASCII_letters_are_linked_percent_encoded()
    {
        using var content = new TempContent();
        content.WithBytes("assets/protokoll 2020.pdf", "%PDF-1.4\n"u8.ToArray())
            .WithBytes("assets/årsrapport #2.pdf", "%PDF-1.4\n"u8.ToArray())
            .WithLine("decisions/huddinge-avslutar.md", 12, "  - assets/beslut.pdf\n  - assets/protokoll 2020.pdf")
            .WithAboutPage("Läs [rapporten](<../assets/årsrapport %232.pdf>) och [protokollet](../assets/protokoll%202020.pdf).\n");

        var run = content.Build().AssertClean();

        Assert.That(run.Exists("assets/protokoll 2020.pdf") && run.Exists("assets/årsrapport #2.pdf"), Is.True);
        var decisionLinks = run.Html("beslut/huddinge-avslutar.html").QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(decisionLinks, Does.Contain("../assets/protokoll%202020.pdf"));
        var aboutLinks = run.Html("om.html").QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(aboutLinks, Is.SupersetOf(new[] { "assets/%C3%A5rsrapport%20%232.pdf", "assets/protokoll%202020.pdf" }));
    }
}
