namespace Portal.Tests.Pipeline;

/// <summary>The accessibility statement follows DIGG's form: the publisher's facts from site.yml, the editor's text on shortcomings.</summary>
public sealed class AccessibilityStatementTests
{
    private const string Statement = "---\ntitle: Tillgänglighetsredogörelse\nlayout: accessibility-statement\n---\nTabellerna på statistiksidan saknar rubrikceller.\n";

    [Test]
    public void The_statement_shows_the_publisher_and_contact_from_site_yml_and_the_editors_shortcomings()
    {
        using var content = new TempContent();
        content.With("site.yml", TempContent.MinimalFiles["site.yml"] + "\naccessibility:\n  contact: webb@testkommunen.se\n  compliance: partial\n  assessed: 2026-11-01\n  updated: 2026-11-02\n");
        content.With("pages/tillganglighet.md", Statement);
        var (files, lines) = SiteBuilder.Generate(content);
        var page = HtmlPages.Parse(files["tillganglighet.html"]);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty);
            Assert.That(text, Does.Contain("Testkommunen står bakom den här webbplatsen"));
            Assert.That(page.QuerySelector("main a[href='mailto:webb@testkommunen.se']"), Is.Not.Null);
            Assert.That(text, Does.Contain("delvis förenlig"));
            Assert.That(page.QuerySelector("main a[href='https://www.digg.se/tdosanmalan']"), Is.Not.Null);
            Assert.That(text, Does.Contain("Tabellerna på statistiksidan saknar rubrikceller."));
            Assert.That(text, Does.Contain("1 november 2026").And.Contain("2 november 2026"));
            Assert.That(HtmlPages.Parse(files["index.html"]).QuerySelector("footer a[href='tillganglighet.html']"), Is.Not.Null, "linked from every page's footer");
        });
    }

    [Test]
    public void A_statement_without_the_facts_in_site_yml_is_an_error()
    {
        using var content = new TempContent();
        content.With("pages/tillganglighet.md", Statement);
        var (_, lines) = SiteBuilder.Generate(content);
        Assert.That(lines, Has.Some.StartsWith("pages/tillganglighet.md:1:1: error PT0052: the accessibility statement takes the publisher's facts from site.yml"));
    }
}
