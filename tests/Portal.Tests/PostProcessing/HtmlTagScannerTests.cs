using System.Text;
using Portal.PostProcessing;

namespace Portal.Tests.PostProcessing;

/// <summary>
/// The scanner must read every page the generator writes as a DOM does (<see cref="DomParsedPage"/>): the same ids, the
/// same ids used twice, the same heading ids in order, the same links on the same lines. The focused cases show each rule of the HTML tokenizer it
/// follows with exact expectations, and that AngleSharp reads them so too.
/// </summary>
public sealed class HtmlTagScannerTests
{
    /// <summary>Bad-content fixtures whose pages carry what an editor should not get onto a page, or odd text.</summary>
    private static readonly string[] HostileFixtures =
    [
        "raw-html-removed", "unsafe-links", "unsafe-links-other-forms", "generic-attribute-removed", "link-with-control-character",
        "control-character-in-text", "markdown-nested-too-deeply", "crlf-and-bom", "broken-content-link", "document-unsafe-schemes",
    ];

    private static string FixturesDirectory =>
        Path.Combine(Path.GetDirectoryName(typeof(HtmlTagScannerTests).Assembly.Location)!, "Fixtures", "BadContent");

    private static ParsedPage Scan(string html) => HtmlTagScanner.Scan(Encoding.UTF8.GetBytes(html));

    private static List<string> Links(ParsedPage page) => page.Links.Select(l => $"{l.Href}@{l.Line}").ToList();

    /// <summary>How the scanner's reading of a page differs from the DOM's, or nothing when it does not.</summary>
    private static IEnumerable<string> Differences(string page, byte[] html)
    {
        var scanned = HtmlTagScanner.Scan(html);
        var dom = DomParsedPage.Parse(html);
        if (!scanned.Ids.SetEquals(dom.Ids))
        {
            yield return $"{page}: ids {string.Join(' ', scanned.Ids.Order(StringComparer.Ordinal))}, the DOM has {string.Join(' ', dom.Ids.Order(StringComparer.Ordinal))}";
        }

        if (!scanned.DuplicateIds.Order(StringComparer.Ordinal).SequenceEqual(dom.DuplicateIds.Order(StringComparer.Ordinal)))
        {
            yield return $"{page}: ids used twice {string.Join(' ', scanned.DuplicateIds)}, the DOM has {string.Join(' ', dom.DuplicateIds)}";
        }

        if (!scanned.HeadingIds.SequenceEqual(dom.HeadingIds))
        {
            yield return $"{page}: heading ids {string.Join(' ', scanned.HeadingIds)}, the DOM has {string.Join(' ', dom.HeadingIds)}";
        }

        if (!Links(scanned).SequenceEqual(Links(dom)))
        {
            yield return $"{page}: links\n  {string.Join(' ', Links(scanned))}\nthe DOM has\n  {string.Join(' ', Links(dom))}";
        }
    }

    private static void AssertAsTheDomReads(IReadOnlyDictionary<string, byte[]> pages)
    {
        var differences = pages.SelectMany(p => Differences(p.Key, p.Value)).ToList();
        Assert.That(differences, Is.Empty, string.Join('\n', differences));
    }

    [Test]
    public void Reads_every_page_of_the_demo_site_as_the_DOM_does()
    {
        var site = DemoSite.Get();
        var pages = DemoSite.Pages().ToDictionary(p => p, p => File.ReadAllBytes(Path.Combine(site.OutputDirectory, p)));

        AssertAsTheDomReads(pages);
        Assert.That(pages, Has.Count.GreaterThan(200));
        Assert.That(pages.Keys.Sum(p => DemoSite.Page(p).QuerySelectorAll("svg a[href]").Length), Is.GreaterThan(50), "the maps' markers are links in SVG");
        Assert.That(pages.Keys.Count(p => DemoSite.Page(p).QuerySelectorAll("[id]").Length > 0), Is.GreaterThan(200));
    }

    [TestCaseSource(nameof(HostileFixtures))]
    public void Reads_the_pages_of_a_bad_content_fixture_as_the_DOM_does(string fixture)
    {
        var directory = Path.Combine(FixturesDirectory, fixture);
        using var content = new TempContent();
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "expected.txt"))
        {
            content.WithBytes(Path.GetRelativePath(directory, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        var (files, _) = SiteBuilder.Generate(content);

        var pages = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));
        Assert.That(pages, Has.Count.GreaterThan(10));
        AssertAsTheDomReads(pages);
    }

    [Test]
    public void Reads_a_page_full_of_markup_written_as_text_as_the_DOM_does()
    {
        using var content = new TempContent();
        content.WithBytes("assets/karta.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        content.With(TempContent.AboutPage, """
            ---
            title: Om <portalen> & "citat" </title><a href="rubrik.html">
            ---
            # Rubrik {#samma}

            ## Rubrik {#samma}

            En [länk](../municipalities/huddinge.md "titel med \"citat\" och <a href=x>") och [en till](../municipalities/vanersborg.md#it's&amp;"q") och [tom]().

            `<a href="kod.html">` i kod, och ett kodblock:

                <script src="nej.js"></script>
                <a href='nej.html'><!-- <title>

            ```html
            <!-- <a href="kommentar.html"> --> <style> </style
            ```

            Autolänk <https://example.org/?a=1&b=2> och e-post <x@example.org>.

            ![Bild med "citat" & <tecken>](../assets/karta.png "<img src=x>")

            Text med < och > och &amp; och &#39; och &copy; och 1<2 och <sup>upphöjt</sup> och <!-- en kommentar <a href="dold.html"> -->.

            | a | b |
            |---|---|
            | <a> | `</td><svg><a href="s.html">` |
            """);

        var (files, _) = SiteBuilder.Generate(content);

        var page = HtmlTagScanner.Scan(Encoding.UTF8.GetBytes(files["om.html"]));
        Assert.That(page.Links.Select(l => l.Href), Does.Contain("kommuner/vanersborg.html#it%27s&%22q%22").And.Contain("assets/karta.png").And.Not.Contain("kod.html"));
        Assert.That(page.DuplicateIds, Is.EqualTo(new[] { "samma" }));
        AssertAsTheDomReads(files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)));
    }

    [TestCase("<!-- <a href=\"hidden.html\"> -->\n<a href=\"shown.html\">", "shown.html@2", TestName = "A comment hides a link")]
    [TestCase("<!--><a href=\"a.html\"><!---><a href=\"b.html\"><!-- x --!><a href=\"c.html\"><!-- <!-- y --><a href=\"d.html\">", "a.html@1", "b.html@1", "c.html@1", "d.html@1", TestName = "Comments end as the tokenizer ends them")]
    [TestCase("<!DOCTYPE html PUBLIC \"a\"><?xml version=\"1.0\"?><!x <a href=\"no.html\"><![CDATA[ ><a href=\"yes.html\">", "yes.html@1", TestName = "A doctype and bogus comments end at their first '>'")]
    [TestCase("<script>var s = '<a href=\"no.html\">';</script>\n<a href=\"yes.html\">", "yes.html@2", TestName = "A link in a script's text is no link")]
    [TestCase("<script><!--<script></script><a href=\"no.html\"></script>--></SCRIPT ><a href=\"yes.html\">", "yes.html@1", TestName = "An escaped script runs to the end tag the tokenizer ends it at")]
    [TestCase("<title><a href=\"no.html\"></title><style>a[title=\"<a href=no.html>\"] {}</style><textarea><a href=\"no.html\"></textarea ><a href=\"yes.html\">", "yes.html@1", TestName = "Title, style and textarea hold text")]
    [TestCase("<a href=\"a.html?x=1&amp;y=2\"><a href=\"&#39;&#x27;&quot;&lt;\"><a href=\"x&#128;&colon;&#0;\">", "a.html?x=1&y=2@1", "''\"<@1", "x€:\uFFFD@1", TestName = "Character references are decoded")]
    [TestCase("<a href=\"?a=1&copy=2&notit;&amp x\">", "?a=1&copy=2&notit;& x@1", TestName = "A reference without ';' is decoded only as HTML decodes it")]
    [TestCase("<a href='single.html'><a href=unquoted.html><a href = \"spaced.html\" ><a href=\"a\r\nb\">", "single.html@1", "unquoted.html@1", "spaced.html@1", "a\nb@1", TestName = "Values quoted, unquoted and spaced")]
    [TestCase("<A HREF=\"upper.html\"><LINK REL=stylesheet HREF=\"s.css\"><IMG SRC=\"i.png\"><Script Src=\"s.js\"></Script>", "upper.html@1", "s.css@1", "i.png@1", "s.js@1", TestName = "Tag and attribute names in any case")]
    [TestCase("<a href=\"first.html\" HREF=\"second.html\"><img src=\"i.png\" src=\"j.png\">", "first.html@1", "i.png@1", TestName = "The first of two same-named attributes wins")]
    [TestCase("<a title=\"a > b\" href=\"after-quote.html\"></a title=\">\"><a href=\"after-end-tag.html\"></a><a/ href=\"slash.html\"></a>", "after-quote.html@1", "after-end-tag.html@1", "slash.html@1", TestName = "A '>' in a value does not end a tag")]
    [TestCase("<svg viewBox=\"0 0 9 9\"><title>Karta</title><a href=\"marker.html\"><circle r=\"1\"/><title>M</title></a><a xlink:href=\"old.html\"></a></svg><a href=\"after.html\">", "marker.html@1", "old.html@1", "after.html@1", TestName = "A link in SVG is a link")]
    [TestCase("<svg><title/><a href=\"after-title.html\"></a><style><a href=\"in-style.html\"></style><![CDATA[<a href=\"cdata.html\">]]></svg>", "after-title.html@1", "in-style.html@1", TestName = "In SVG a title and style hold markup and CDATA is text")]
    [TestCase("1 < 2, a <3 and 1<a href=\"t.html\">", "t.html@1", TestName = "A '<' in text is text")]
    [TestCase("<p>\n<a\n  href=\"tag-on-two-lines.html\"></a>\r\n<a href=\"crlf.html\"></a>\r<a href=\"cr.html\"></a>\n\n<img src=\"i.png\">", "tag-on-two-lines.html@2", "crlf.html@4", "cr.html@5", "i.png@7", TestName = "A link's line is the line of its '<'")]
    [TestCase("<img src=\"a.png\" srcset=\"b.png 2x\"><picture><source srcset=\"c.png\"></picture><image src=\"d.png\"><iframe src=\"no.html\"></iframe>", "a.png@1", "d.png@1", TestName = "Only a, link, script and img are links")]
    [TestCase("<plaintext><a href=\"no.html\">", TestName = "After plaintext all is text")]
    public void Finds_the_links_a_browser_finds(string html, params string[] expected)
    {
        Assert.That(Links(Scan(html)), Is.EqualTo(expected));
        Assert.That(Links(DomParsedPage.Parse(Encoding.UTF8.GetBytes(html))), Is.EqualTo(expected), "AngleSharp reads it so too");
    }

    [Test]
    public void In_SVG_an_href_wins_over_an_xlink_href_as_in_browsers() =>
        // AngleSharp took the xlink:href; SVG 2 and browsers take the href.
        Assert.That(Links(Scan("<svg><a xlink:href=\"old.html\" href=\"new.html\"></a><a href=\"new2.html\" xlink:href=\"old2.html\"></a></svg><a xlink:href=\"html.html\"></a>")),
            Is.EqualTo(new[] { "new.html@1", "new2.html@1" }));

    [Test]
    public void Collects_every_id_and_each_id_used_twice_once()
    {
        const string html = "<h2 id=\"x\">a</h2><p ID='x'>b</p><span id=x></span><div id=\"y\"></div><svg><g id=\"z\"/><circle id=\"y\"/></svg><p id=\"&amp;\" id=\"w\">";
        var page = Scan(html);

        Assert.That(page.Ids, Is.EquivalentTo(new[] { "x", "y", "z", "&" }));
        Assert.That(page.DuplicateIds, Is.EqualTo(new[] { "x", "y" }));
        Assert.That(Differences("focused", Encoding.UTF8.GetBytes(html)), Is.Empty);
    }

    [Test]
    public void Ids_in_comments_and_raw_text_are_none()
    {
        const string html = "<!-- <p id=\"a\"> --><script>'<p id=\"b\">'</script><title><p id=\"c\"></title><p id=\"d\">";
        Assert.That(Scan(html).Ids, Is.EquivalentTo(new[] { "d" }));
        Assert.That(Differences("focused", Encoding.UTF8.GetBytes(html)), Is.Empty);
    }

    [Test]
    public void Decodes_the_bytes_as_UTF_8_with_a_replacement_for_what_is_not()
    {
        byte[] html = [0xEF, 0xBB, 0xBF, .. "<a href=\"l\u00e4nder/\u00e5.html\" id=\""u8, 0xFF, .. "x\"><a href=\""u8, 0xC3, .. "\">"u8];
        var page = HtmlTagScanner.Scan(html);

        Assert.That(Links(page), Is.EqualTo(new[] { "länder/å.html@1", "\uFFFD@1" }));
        Assert.That(page.Ids, Is.EquivalentTo(new[] { "\uFFFDx" }));
        Assert.That(Differences("bytes", html), Is.Empty);
    }

    [TestCase("<a href=\"x.html\"")]
    [TestCase("<a href=\"x.html")]
    [TestCase("<a href=x.html")]
    [TestCase("<a href=")]
    [TestCase("<a href")]
    [TestCase("<a ")]
    [TestCase("<a")]
    [TestCase("<")]
    [TestCase("</")]
    [TestCase("</a")]
    [TestCase("<!")]
    [TestCase("<!-")]
    [TestCase("<!-- <a href=\"x.html\">")]
    [TestCase("<!DOCTYPE html")]
    [TestCase("<?xml")]
    [TestCase("<svg><![CDATA[<a href=\"x.html\">")]
    [TestCase("<script><a href=\"x.html\">")]
    [TestCase("<script><!--<script></script><a href=\"x.html\">")]
    [TestCase("<title><a href=\"x.html\"></title")]
    public void A_page_that_ends_inside_a_tag_gives_no_link_from_it(string end)
    {
        var html = Encoding.UTF8.GetBytes("<p id=\"before\"><a href=\"before.html\">\n" + end);
        var scan = Task.Run(() => HtmlTagScanner.Scan(html));

        Assert.That(scan.Wait(TimeSpan.FromSeconds(10)), Is.True, "the scan ends");
        Assert.That(Links(scan.Result), Is.EqualTo(new[] { "before.html@1" }));
        Assert.That(scan.Result.Ids, Is.EquivalentTo(new[] { "before" }));
        Assert.That(Differences("unterminated", html), Is.Empty);
    }
}
