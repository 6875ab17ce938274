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

    /// <summary>
    /// The contact line is labelled by what the contact is, so that a resident knows whether to write an e-mail or
    /// open a page: never "E-mail or web form" before an e-mail address.
    /// </summary>
    [TestCase("webb@testkommunen.se", "E-post: webb@testkommunen.se", "E-mail: webb@testkommunen.se", "mailto:webb@testkommunen.se")]
    [TestCase("mailto:webb@testkommunen.se", "E-post: webb@testkommunen.se", "E-mail: webb@testkommunen.se", "mailto:webb@testkommunen.se")]
    [TestCase("https://testkommunen.se/kontakt", "Webbadress: https://testkommunen.se/kontakt", "Web address: https://testkommunen.se/kontakt", "https://testkommunen.se/kontakt")]
    [TestCase("Kontaktcenter, Stadshuset", "Kontakt: Kontaktcenter, Stadshuset", "Contact: Kontaktcenter, Stadshuset", null)]
    [TestCase("Kontaktcenter, webb@testkommunen.se", "Kontakt: Kontaktcenter, webb@testkommunen.se", "Contact: Kontaktcenter, webb@testkommunen.se", null)]
    public void The_contact_is_labelled_and_linked_by_what_it_is(string contact, string swedish, string english, string? href)
    {
        using var content = new TempContent();
        content.With("site.yml", TempContent.MinimalFiles["site.yml"] + $"\naccessibility:\n  contact: \"{contact}\"\n  compliance: full\n");
        content.With("pages/tillganglighet.md", Statement);
        var (files, lines) = SiteBuilder.Generate(content);

        AngleSharp.Dom.IElement ContactLine(string path) =>
            HtmlPages.Parse(files[path]).QuerySelectorAll("main li").Single(li => li.TextContent.Contains(contact.Replace("mailto:", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));

        var sv = ContactLine("tillganglighet.html");
        var en = ContactLine("en/tillganglighet.html");
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty);
            Assert.That(sv.TextContent, Is.EqualTo(swedish));
            Assert.That(en.TextContent, Is.EqualTo(english));
            Assert.That(sv.QuerySelector("a")?.GetAttribute("href"), Is.EqualTo(href));
            Assert.That(en.QuerySelector("a")?.GetAttribute("href"), Is.EqualTo(href));
        });
    }

    /// <summary>The demo's statement speaks to residents: it names no file of the build, in either language.</summary>
    [TestCase("tillganglighet.html")]
    [TestCase("en/tillganglighet.html")]
    public void The_demo_statement_names_no_file_of_the_build(string path)
    {
        var text = DemoSite.Page(path).QuerySelector("main")!.TextContent;
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Not.Contain(".yml").And.Not.Contain(".md").And.Not.Contain("input/"));
            Assert.That(text, Does.Contain("tillganglighet@example.org"), "the contact is still there");
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
