namespace Portal.Tests.Markdown;

/// <summary>Links in a body: to content files by their .md path, to assets, to the web; and what is refused.</summary>
public sealed class LinkTests
{
    private static string HrefOf(BuildRun run, string page, string text) =>
        run.Html(page).QuerySelectorAll("main a").Single(a => a.TextContent == text).GetAttribute("href")!;

    [Test]
    public void A_link_to_a_content_file_becomes_a_relative_link_to_its_page_in_the_same_language()
    {
        using var content = new TempContent();
        content.With("partners/huddinge/vanda.en.md", "---\nname: Vantaa\n---\nRead [the decision](../../decisions/huddinge-avslutar.md).");
        var run = content.Build().AssertClean();

        Assert.That(HrefOf(run, "samarbeten/huddinge/vanda.html", "beslutet"), Is.EqualTo("../../beslut/huddinge-avslutar.html"));
        Assert.That(HrefOf(run, "en/samarbeten/huddinge/vanda.html", "the decision"), Is.EqualTo("../../beslut/huddinge-avslutar.html"));
        Assert.That(run.Exists("en/beslut/huddinge-avslutar.html"), Is.True);
    }

    [Test]
    public void Links_from_a_page_in_a_sub_folder_climb_out_of_it()
    {
        using var content = new TempContent();
        content.With("pages/historia/vanortsrorelsen.md", """
            ---
            title: Vänortsrörelsens historia
            ---
            Se [Vanda](../../partners/huddinge/vanda.md), [om portalen](../om.md) och [protokollet](../../assets/beslut.pdf).
            """);
        var run = content.Build().AssertClean();

        Assert.That(HrefOf(run, "historia/vanortsrorelsen.html", "Vanda"), Is.EqualTo("../samarbeten/huddinge/vanda.html"));
        Assert.That(HrefOf(run, "historia/vanortsrorelsen.html", "om portalen"), Is.EqualTo("../om.html"));
        Assert.That(HrefOf(run, "historia/vanortsrorelsen.html", "protokollet"), Is.EqualTo("../assets/beslut.pdf"));
        Assert.That(HrefOf(run, "en/historia/vanortsrorelsen.html", "Vanda"), Is.EqualTo("../samarbeten/huddinge/vanda.html"));
        Assert.That(HrefOf(run, "en/historia/vanortsrorelsen.html", "protokollet"), Is.EqualTo("../../assets/beslut.pdf"));
        Assert.That(File.ReadAllBytes(Path.Combine(run.OutputDirectory, "assets/beslut.pdf")), Is.EqualTo("%PDF-1.4 test\n\n"u8.ToArray()));
    }

    [Test]
    public void A_fragment_is_kept_and_checked_against_the_headings_of_the_target()
    {
        using var content = new TempContent();
        content.With("pages/historia/vanortsrorelsen.md", "---\ntitle: Historia\n---\n## Efter kriget\n\nText.");
        content.WithAboutPage("Läs [historien](historia/vanortsrorelsen.md#efter-kriget).");
        var run = content.Build().AssertClean();

        Assert.That(HrefOf(run, "om.html", "historien"), Is.EqualTo("historia/vanortsrorelsen.html#efter-kriget"));
    }

    [Test]
    public void A_fragment_that_names_no_heading_is_a_broken_link()
    {
        using var content = new TempContent();
        content.WithAboutPage("Läs [historien](historia/vanortsrorelsen.md#finns-inte).");
        var run = content.Build();

        Assert.That(run.Result.Succeeded, Is.False);
        Assert.That(run.Errors.Select(e => e.Code), Has.All.EqualTo("PT0014"), run.Report);
    }

    [TestCase("https://www.eurocities.eu/")]
    [TestCase("http://example.org/a?b=c&d=e")]
    [TestCase("mailto:info@example.org")]
    [TestCase("tel:+46101234567")]
    public void Web_mail_and_phone_links_are_kept_as_written(string url)
    {
        using var content = new TempContent();
        content.WithAboutPage($"Skriv [hit]({url}).");
        var run = content.Build().AssertClean();

        Assert.That(HrefOf(run, "om.html", "hit"), Is.EqualTo(url));
    }

    [TestCase("../samarbeten/huddinge/vanda.html", "the link '../samarbeten/huddinge/vanda.html' points to neither a content file (.md) nor a file under assets/; link to the .md file of the page you mean")]
    [TestCase("www.eurocities.eu", "the link 'www.eurocities.eu' points to neither a content file (.md) nor a file under assets/; link to the .md file of the page you mean")]
    [TestCase("../assets/saknas.pdf", "the link '../assets/saknas.pdf' points to input/assets/saknas.pdf, which does not exist")]
    [TestCase("../assets/beslt.pdf#page=2", "the link '../assets/beslt.pdf#page=2' points to input/assets/beslt.pdf, which does not exist; did you mean '../assets/beslut.pdf#page=2'?")]
    [TestCase("/assets/Beslut.pdf", "the link '/assets/Beslut.pdf' points to input/assets/Beslut.pdf, which does not exist; did you mean '/assets/beslut.pdf'?")]
    [TestCase("../municipalities/hudinge.md", "the link '../municipalities/hudinge.md' points to input/municipalities/hudinge.md, which does not exist; did you mean '../municipalities/huddinge.md'?")]
    [TestCase("../municipalities/goteborg.md", "the link '../municipalities/goteborg.md' points to input/municipalities/goteborg.md, which does not exist; check the path relative to this file")]
    public void A_link_that_leads_nowhere_is_an_error_at_the_link_and_is_not_published(string url, string message)
    {
        using var content = new TempContent();
        content.WithAboutPage($"Första raden.\nSe [sidan]({url}) här.");

        var (files, lines) = SiteBuilder.Generate(content);

        Assert.That(lines, Is.EqualTo(new[] { $"pages/om.md:5:4: error PT0014: {message}" }));
        var page = HtmlPages.Parse(files["om.html"]);
        Assert.That(page.QuerySelector("main")!.TextContent, Does.Contain("Se sidan här."), "the link is reduced to its text");
        Assert.That(page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")), Has.None.Contains(url.TrimStart('.', '/')));
    }

    [Test]
    public void An_image_of_a_missing_asset_suggests_the_nearest_asset_as_the_link_would_write_it()
    {
        using var content = new TempContent();
        content.WithBytes("assets/huddinge/ikalis-2019.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            .WithVanda("status: active\nsince: 1946", "Vanda var Huddinges vänort.\n\n![Besöket](../../assets/huddinge/ikalis2019.png)");
        Assert.That(content.Build().Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:11:1: error PT0014: the link '../../assets/huddinge/ikalis2019.png' points to input/assets/huddinge/ikalis2019.png, which does not exist; did you mean '../../assets/huddinge/ikalis-2019.png'?",
        }));
    }

    [Test]
    public void A_link_with_a_folder_too_few_suggests_the_file_of_that_name_elsewhere()
    {
        using var content = new TempContent();
        content.WithVanda("status: active\nsince: 1946", "Läs [beslutet](../assets/beslut.pdf).");
        Assert.That(content.Build().Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.md:9:5: error PT0014: the link '../assets/beslut.pdf' points to neither a content file (.md) nor a file under assets/; did you mean '../../assets/beslut.pdf'?",
        }));
    }

    [Test]
    public void A_link_in_a_translation_is_reported_in_the_translation_at_its_line()
    {
        using var content = new TempContent();
        content.With("partners/huddinge/vanda.en.md", "---\nname: Vantaa\n---\nSee\n[Helsinki](helsinki.md).");
        Assert.That(content.Build().Lines, Is.EqualTo(new[]
        {
            "partners/huddinge/vanda.en.md:5:1: error PT0014: the link 'helsinki.md' points to input/partners/huddinge/helsinki.md, which does not exist; check the path relative to this file",
        }));
    }
}
