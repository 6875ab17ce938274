namespace Portal.Tests.Templates;

/// <summary>Text from content is always text on a page: in headings, titles, attributes and tables.</summary>
[TestFixture]
public sealed class EscapingTests
{
    private const string ScriptName = "<script>alert(1)</script>";
    private const string QuotedSummary = "Vanda \"Vantaa\" & Huddinge <3 – 'vänort'";

    private TempContent _content = null!;
    private BuildRun _run = null!;

    [OneTimeSetUp]
    public void BuildContentWithMarkupInIt()
    {
        _content = new TempContent();
        _content.WithLine("partners/huddinge/vanda.md", 2, "name: \"<script>alert(1)</script>\"");
        _content.WithLine("partners/huddinge/vanda.md", 3, "localName: \"<b onmouseover=alert(2)>Vantaa</b>\"");
        _content.With("partners/huddinge/vanda.md", File.ReadAllText(Path.Combine(_content.Write(), "partners/huddinge/vanda.md"))
            .Replace("---\nVanda var", $"summary: '{QuotedSummary.Replace("'", "''")}'\n---\nVanda var")
            + "\nEn bild <img src=x onerror=alert(1)> i texten.\n");
        _content.With("partners/huddinge/vanda.en.md", "---\nsummary: \"\\\"><script>alert(3)</script>\"\n---\nText.");
        _content.WithLine("municipalities/huddinge.md", 4, "county: \"Stockholms län</title><script>alert(4)</script>\"");
        _run = _content.Build();
        Assert.That(_run.Result.Succeeded, Is.True, _run.Report);
        Assert.That(_run.Lines, Has.All.Contains("warning PT0015"), _run.Report);
    }

    [OneTimeTearDown]
    public void RemoveContent() => _content.Dispose();

    private IEnumerable<(string Path, string Text)> PublishedMarkup() =>
        Directory.EnumerateFiles(_run.OutputDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(_run.OutputDirectory, f), File.ReadAllText(f)));

    [Test]
    public void No_page_contains_script_event_handlers_or_script_links_but_the_search_pages_own_script()
    {
        foreach (var (path, text) in PublishedMarkup())
        {
            // The one script is the theme's search, on the search pages only, from the theme's folder.
            var page = HtmlPages.Parse(text);
            var scripts = page.QuerySelectorAll("script").Select(e => e.OuterHtml).ToList();
            Assert.That(
                scripts,
                Is.EqualTo(Path.GetFileName(path) == "sok.html" ? new[] { $"<script type=\"module\" src=\"{(path.Contains('/') ? "../" : string.Empty)}{HtmlPages.ThemeFolderOf(path, page)}search/search.js\"></script>" } : []),
                path);
            Assert.That(text.Split("<script").Length - 1, Is.EqualTo(scripts.Count), path);
            Assert.That(text, Does.Not.Contain("onerror="), path);
            Assert.That(text, Does.Not.Contain("javascript:"), path);
            if (path.EndsWith(".html", StringComparison.Ordinal))
            {
                var handlers = HtmlPages.Parse(text).QuerySelectorAll("*")
                    .SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}>"));
                Assert.That(handlers, Is.Empty, path);
            }
        }

        Assert.That(PublishedMarkup().Count(), Is.GreaterThan(20));
    }

    [Test]
    public void A_name_with_markup_is_shown_as_text_in_the_heading_and_title()
    {
        var page = _run.Html("samarbeten/huddinge/vanda.html");
        Assert.That(page.QuerySelector("main h1")!.TextContent.Trim(), Is.EqualTo(ScriptName));
        Assert.That(page.Title, Does.StartWith(ScriptName));
        Assert.That(page.QuerySelectorAll("script"), Is.Empty);
        Assert.That(_run.ReadText("samarbeten/huddinge/vanda.html"), Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    [Test]
    public void A_name_with_markup_is_text_in_every_list_that_shows_it()
    {
        foreach (var path in new[] { "kommuner/huddinge.html", "lander/fi.html", "samarbeten/index.html", "beslut/huddinge-avslutar.html", "natverk/nordiska-vanortskedjan.html" })
        {
            var page = _run.Html(path);
            Assert.That(page.QuerySelectorAll("main a").Select(a => a.TextContent.Trim()), Does.Contain(ScriptName), path);
            Assert.That(page.QuerySelectorAll("script, b"), Is.Empty, path);
        }
    }

    [Test]
    public void A_summary_with_quotes_is_the_exact_meta_description()
    {
        var page = _run.Html("samarbeten/huddinge/vanda.html");
        var descriptions = page.QuerySelectorAll("meta[name=description]");
        Assert.That(descriptions, Has.Length.EqualTo(1));
        Assert.That(descriptions[0].GetAttribute("content"), Is.EqualTo(QuotedSummary));
        Assert.That(page.Head!.QuerySelectorAll("meta").All(m => m.Attributes.All(a => a.Name is "charset" or "name" or "content" or "property")), Is.True);
    }

    [Test]
    public void A_summary_that_tries_to_close_the_attribute_stays_inside_it()
    {
        var page = _run.Html("en/samarbeten/huddinge/vanda.html");
        Assert.That(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Is.EqualTo("\"><script>alert(3)</script>"));
        Assert.That(page.QuerySelectorAll("script"), Is.Empty);
    }

    [Test]
    public void A_value_that_tries_to_close_the_title_stays_text()
    {
        var page = _run.Html("kommuner/huddinge.html");
        Assert.That(page.QuerySelector("main")!.TextContent, Does.Contain("Stockholms län</title><script>alert(4)</script>"));
        Assert.That(page.Title, Does.StartWith("Huddinge"));
    }

    [Test]
    public void The_raw_image_in_the_body_is_gone_and_its_sentence_stays()
    {
        var main = _run.Html("samarbeten/huddinge/vanda.html").QuerySelector("main")!;
        Assert.That(main.QuerySelectorAll("img"), Is.Empty);
        Assert.That(main.TextContent, Does.Contain("En bild  i texten."));
    }

    [Test]
    public void With_a_script_link_too_the_build_fails_and_nothing_it_would_write_holds_script()
    {
        using var content = new TempContent();
        content.WithLine("partners/huddinge/vanda.md", 2, "name: \"<script>alert(1)</script>\"");
        content.With("partners/huddinge/vanda.md", File.ReadAllText(Path.Combine(content.Write(), "partners/huddinge/vanda.md"))
            + "\n<img src=x onerror=alert(1)> och [x](javascript:alert(1)).\n");

        var (files, lines) = SiteBuilder.Generate(content);

        Assert.That(lines, Has.Exactly(1).StartsWith("partners/huddinge/vanda.md:17:34: error PT0016:"), string.Join('\n', lines));
        Assert.That(lines, Has.Exactly(1).StartsWith("partners/huddinge/vanda.md:17:1: warning PT0015: the HTML <img> was removed"));
        foreach (var (path, text) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.That(text, Does.Not.Contain("<script>alert").And.Not.Contain("onerror=").And.Not.Contain("javascript:"), path);
        }

        Assert.That(content.Build().Result.Succeeded, Is.False);
    }
}
