using Portal.Routing;

namespace Portal.Tests.Routing;

public sealed class RouteTests
{
    [TestCase("index.html", "kommuner/huddinge.html", "kommuner/huddinge.html")]
    [TestCase("kommuner/huddinge.html", "index.html", "../index.html")]
    [TestCase("kommuner/huddinge.html", "kommuner/vanersborg.html", "vanersborg.html")]
    [TestCase("samarbeten/huddinge/vanda.html", "samarbeten/huddinge/vanda.html", "vanda.html")]
    [TestCase("samarbeten/huddinge/vanda.html", "samarbeten/goteborg/abo.html", "../goteborg/abo.html")]
    [TestCase("en/samarbeten/huddinge/vanda.html", "samarbeten/huddinge/vanda.html", "../../../samarbeten/huddinge/vanda.html")]
    [TestCase("en/index.html", "theme/portal.css", "../theme/portal.css")]
    [TestCase("en/index.html", "en/beslut/index.html", "beslut/index.html")]
    [TestCase("historia/vanortsrorelsen.html", "historia.html", "../historia.html")]
    [TestCase("samarbeten/hud/a.html", "samarbeten/huddinge/b.html", "../huddinge/b.html")]
    [TestCase("a/b.html", "ab/c.html", "../ab/c.html")]
    [TestCase("beslut/x.html", "beslut", "../beslut")]
    [TestCase("beslut/index.html", "assets/protokoll 2020.pdf", "../assets/protokoll%202020.pdf")]
    [TestCase("index.html", "assets/årsrapport/mål.pdf", "assets/%C3%A5rsrapport/m%C3%A5l.pdf")]
    [TestCase("en/beslut/index.html", "assets/protokoll 2020.pdf", "../../assets/protokoll%202020.pdf")]
    [TestCase("en/a/b/c.html", "en/a/x/y/z.html", "../x/y/z.html")]
    public void Links_relatively_from_one_page_to_another(string from, string to, string href) =>
        Assert.That(new Route(from).HrefTo(new Route(to)), Is.EqualTo(href));

    [Test]
    public void The_default_language_is_at_the_root_and_others_under_their_code()
    {
        var routes = new SiteRoutes("sv");
        Assert.Multiple(() =>
        {
            Assert.That(routes.Home("sv").Path, Is.EqualTo("index.html"));
            Assert.That(routes.Home("en").Path, Is.EqualTo("en/index.html"));
            Assert.That(routes.Municipality("sv", "huddinge").Path, Is.EqualTo("kommuner/huddinge.html"));
            Assert.That(routes.Relationship("en", new RelationshipKey("huddinge", "vanda")).Path, Is.EqualTo("en/samarbeten/huddinge/vanda.html"));
            Assert.That(routes.Network("sv", "eurocities").Path, Is.EqualTo("natverk/eurocities.html"));
            Assert.That(routes.Decision("sv", "x").Path, Is.EqualTo("beslut/x.html"));
            Assert.That(routes.Country("sv", "DK").Path, Is.EqualTo("lander/dk.html"));
            Assert.That(routes.FreePage("en", "historia", "vanortsrorelsen").Path, Is.EqualTo("en/historia/vanortsrorelsen.html"));
            Assert.That(routes.FreePage("sv", "", "om").Path, Is.EqualTo("om.html"));
            Assert.That(routes.SectionIndex("sv", Section.Countries).Path, Is.EqualTo("lander/index.html"));
            Assert.That(routes.NotFound("en").Path, Is.EqualTo("en/404.html"));
        });
    }

    [Test]
    public void A_page_is_absolute_under_a_base_url_with_a_path() =>
        Assert.That(new Route("en/kommuner/huddinge.html").AbsoluteUnder(new Uri("https://example.org/internationellt/")).ToString(),
            Is.EqualTo("https://example.org/internationellt/en/kommuner/huddinge.html"));
}
