namespace Portal.Tests.Pages;

/// <summary>
/// Words shown on an English page in the original's Swedish are marked <c>lang="sv"</c> (WCAG 3.1.2), each by what
/// the translation gives: a translation may give a name and no text, or a text and no name, or leave out who decided.
/// </summary>
public sealed class LanguageOfPartsTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument EnglishPage(TempContent content, string path)
    {
        var (files, lines) = SiteBuilder.Generate(content);
        Assert.That(lines, Is.Empty);
        return HtmlPages.Parse(files[$"en/{path}"]);
    }

    [Test]
    public void A_translated_text_without_a_name_marks_the_name_and_not_the_text()
    {
        using var content = new TempContent();
        content.With("partners/huddinge/vanda.en.md", "---\n---\nVanda was Huddinge's twin town.\n");

        var page = EnglishPage(content, "samarbeten/huddinge/vanda.html");
        var municipality = EnglishPage(content, "kommuner/huddinge.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("h1")!.OuterHtml, Is.EqualTo("<h1 lang=\"sv\">Vanda</h1>"));
            Assert.That(page.QuerySelector(".prose")!.HasAttribute("lang"), Is.False);
            Assert.That(municipality.QuerySelector("table a[href$='vanda.html']")!.GetAttribute("lang"), Is.EqualTo("sv"));
        });
    }

    [Test]
    public void A_translated_name_without_a_text_marks_the_text_and_not_the_name()
    {
        using var content = new TempContent();
        content.With("partners/huddinge/vanda.en.md", "---\nname: Vantaa\n---\n");

        var page = EnglishPage(content, "samarbeten/huddinge/vanda.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("h1")!.OuterHtml, Is.EqualTo("<h1>Vantaa</h1>"));
            Assert.That(page.QuerySelector(".prose")!.GetAttribute("lang"), Is.EqualTo("sv"));
            Assert.That(page.QuerySelector(".prose")!.TextContent, Does.Contain("Vanda var Huddinges vänort."));
        });
    }

    [Test]
    public void A_network_s_name_in_the_language_its_file_names_is_marked_so_on_swedish_pages_and_not_on_english_ones()
    {
        using var content = new TempContent();
        content.WithLine("networks/nordiska-vanortskedjan.md", 2, "name: Nordic Twin Town Chain\nnameLanguage: en");
        var (files, lines) = SiteBuilder.Generate(content);
        Assert.That(lines, Is.Empty);
        string Heading(string path) => HtmlPages.Parse(files[path]).QuerySelector("h1")!.OuterHtml;
        string? Listed(string path) => HtmlPages.Parse(files[path]).QuerySelector("main a[href$='nordiska-vanortskedjan.html']")!.GetAttribute("lang");

        Assert.Multiple(() =>
        {
            Assert.That(Heading("natverk/nordiska-vanortskedjan.html"), Is.EqualTo("<h1 lang=\"en\">Nordic Twin Town Chain</h1>"));
            Assert.That(Listed("natverk/index.html"), Is.EqualTo("en"));
            Assert.That(Heading("en/natverk/nordiska-vanortskedjan.html"), Is.EqualTo("<h1>Nordic Twin Town Chain</h1>"), "English on an English page");
            Assert.That(Listed("en/natverk/index.html"), Is.Null);
        });
    }

    [Test]
    public void A_translated_network_name_is_the_page_s_language_whatever_the_original_s_is()
    {
        using var content = new TempContent();
        content.WithLine("networks/nordiska-vanortskedjan.md", 2, "name: Nordiska vänortskedjan\nnameLanguage: sv")
            .With("networks/nordiska-vanortskedjan.en.md", "---\nname: The Nordic twin town chain\n---\nA chain of twin towns.\n");

        Assert.That(EnglishPage(content, "natverk/nordiska-vanortskedjan.html").QuerySelector("h1")!.OuterHtml, Is.EqualTo("<h1>The Nordic twin town chain</h1>"));
    }

    [Test]
    public void Who_decided_and_what_stand_in_swedish_when_the_translation_leaves_them_out()
    {
        using var content = new TempContent();
        content.With("decisions/huddinge-avslutar.en.md", "---\ntitle: Huddinge ends its twinning\n---\nThe board decided to end the twinning.\n")
            .WithLine("decisions/huddinge-avslutar.md", 7, "outcome: Vänortssamarbetet avslutas");

        var page = EnglishPage(content, "beslut/huddinge-avslutar.html");
        var facts = page.QuerySelector("dl.facts")!;

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("h1")!.OuterHtml, Is.EqualTo("<h1>Huddinge ends its twinning</h1>"));
            Assert.That(facts.QuerySelector("span[lang=sv]")?.TextContent, Is.EqualTo("Kommunstyrelsen"));
            Assert.That(facts.QuerySelector("dd[lang=sv]")?.TextContent, Is.EqualTo("Vänortssamarbetet avslutas"));
        });
    }

    [Test]
    public void Who_decided_given_by_the_translation_is_not_marked()
    {
        using var content = new TempContent();
        content.With("decisions/huddinge-avslutar.en.md", "---\ntitle: Huddinge ends its twinning\nbody: Municipal Executive Board\n---\nThe board decided.\n");

        var facts = EnglishPage(content, "beslut/huddinge-avslutar.html").QuerySelector("dl.facts")!;

        Assert.Multiple(() =>
        {
            Assert.That(facts.TextContent, Does.Contain("Municipal Executive Board"));
            Assert.That(facts.QuerySelector("[lang]"), Is.Null);
        });
    }
}
