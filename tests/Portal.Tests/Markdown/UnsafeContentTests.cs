namespace Portal.Tests.Markdown;

/// <summary>What an editor (or a pasted text) cannot put on a page: script links, raw HTML, event attributes.</summary>
public sealed class UnsafeContentTests
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:"];

    private static void AssertNoUnsafeUrls(IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, html) in files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (var (element, url) in HtmlPages.Links(HtmlPages.Parse(html)))
            {
                var cleaned = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
                Assert.That(UnsafeSchemes.Any(cleaned.StartsWith), Is.False, $"{path}: <{element}> leads to {url}");
            }
        }
    }

    [Test]
    public void Script_and_data_links_are_errors_at_their_place_and_never_reach_a_page()
    {
        using var content = new TempContent();
        content.WithAboutPage("""
            Ett [vanligt](javascript:alert(1)) fall.
            Ett [blandat](JaVaScRiPt:alert(2)) fall.
            Ett [kodat](&#106;avascript:alert(3)) fall.
            Ett [vb](vbscript:msgbox(4)) fall.
            Ett [data](data:text/html;base64,PHNjcmlwdD4=) fall.
            Ett ![bild](javascript:alert(5)) fall.
            Ett [referens][r] fall.
            Ett <javascript:alert(6)> fall.

            [r]: javascript:alert(7)
            """);

        var (files, lines) = SiteBuilder.Generate(content);

        Assert.That(lines.Select(l => l[..l.IndexOf(": error", StringComparison.Ordinal)]), Is.EqualTo(new[]
        {
            "pages/om.md:4:5", "pages/om.md:5:5", "pages/om.md:6:5", "pages/om.md:7:5", "pages/om.md:8:5",
            "pages/om.md:9:5", "pages/om.md:10:5", "pages/om.md:11:5",
        }), string.Join('\n', lines));
        Assert.That(lines, Has.All.Contains(": error PT0016: the link '"));
        AssertNoUnsafeUrls(files);
        var main = HtmlPages.Parse(files["om.html"]).QuerySelector("main")!;
        Assert.That(main.TextContent, Does.Contain("Ett vanligt fall.").And.Contain("Ett referens fall."), "a refused link keeps its text");
    }

    [Test]
    public void A_build_with_a_script_link_fails_and_publishes_nothing()
    {
        using var content = new TempContent();
        content.WithAboutPage("[x](javascript:alert(1))");
        var run = content.Build();

        Assert.That(run.Result.Succeeded, Is.False);
        Assert.That(run.Lines, Is.EqualTo(new[]
        {
            "pages/om.md:4:1: error PT0016: the link 'javascript:alert(1)' uses the scheme 'javascript:', which is not allowed; use https:, mailto:, tel: or a relative link",
        }));
        Assert.That(Directory.Exists(run.OutputDirectory), Is.False);
    }

    [Test]
    public void A_script_or_data_address_in_raw_HTML_is_an_error_at_its_attribute_and_never_reaches_a_page()
    {
        using var content = new TempContent();
        content.WithAboutPage("""
            En <a href="javascript:alert(1)">länk</a>, en <a href='&#106;avascript:alert(2)'>kodad</a> och en <a href="https://example.org/">vanlig</a>.

            <p>
            <img
              src="data:image/svg+xml;base64,PHN2Zz4=" alt="">
            </p>
            """);

        var (files, lines) = SiteBuilder.Generate(content);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "pages/om.md:4:7: error PT0016: the HTML <a> points to 'javascript:alert(1)', whose scheme 'javascript:' is not allowed; write a Markdown link [text](https://…) instead",
            "pages/om.md:4:50: error PT0016: the HTML <a> points to 'javascript:alert(2)', whose scheme 'javascript:' is not allowed; write a Markdown link [text](https://…) instead",
            "pages/om.md:4:99: warning PT0015: the HTML <a> was removed; write Markdown instead (raw HTML is limited to simple inline tags such as <sup>, <sub>, <abbr>, <br>)",
            "pages/om.md:8:3: error PT0016: the HTML <img> points to 'data:image/svg+xml;base64,PHN2Zz4=', whose scheme 'data:' is not allowed; write a Markdown link [text](https://…) instead",
        }));
        AssertNoUnsafeUrls(files);
    }

    [Test]
    public void Raw_HTML_is_removed_with_a_warning_at_its_place_and_simple_inline_tags_are_kept()
    {
        using var content = new TempContent();
        content.WithAboutPage("""
            <script>alert(1)</script>

            <div onclick="alert(2)">Klicka</div>

            En bild <img src=x onerror=alert(3)> och <a href="https://example.org/" onclick="alert(4)">länk</a>.

            Vatten är H<sub>2</sub>O och 10<sup>3</sup>.<br>

            <!-- en kommentar -->
            <iframe src="https://example.org/"></iframe>
            """);
        var run = content.Build();

        Assert.That(run.Result.Succeeded, Is.True, run.Report);
        Assert.That(run.Lines, Has.Exactly(1).StartsWith("pages/om.md:4:1: warning PT0015: the HTML <script> was removed"));
        Assert.That(run.Lines, Has.Exactly(1).StartsWith("pages/om.md:6:1: warning PT0015: the HTML <div> was removed"));
        Assert.That(run.Lines, Has.Exactly(1).StartsWith("pages/om.md:8:9: warning PT0015: the HTML <img> was removed"));
        Assert.That(run.Lines, Has.Exactly(1).StartsWith("pages/om.md:8:42: warning PT0015: the HTML <a> was removed"));
        Assert.That(run.Lines, Has.Exactly(1).StartsWith("pages/om.md:13:1: warning PT0015: the HTML <iframe> was removed"));
        Assert.That(run.Lines, Has.None.Contains("comment").And.None.StartsWith("pages/om.md:12:"), "comments are dropped silently");

        var html = run.ReadText("om.html");
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("onerror").And.Not.Contain("onclick").And.Not.Contain("javascript:"));
        Assert.That(html, Does.Not.Contain("<iframe").And.Not.Contain("en kommentar"));
        var prose = run.Html("om.html").QuerySelector("main")!;
        Assert.That(prose.InnerHtml, Does.Contain("H<sub>2</sub>O").And.Contain("10<sup>3</sup>"));
        Assert.That(prose.TextContent, Does.Contain("En bild  och länk."));
    }

    [Test]
    public void Attributes_given_with_braces_keep_only_id_class_lang_and_dir()
    {
        using var content = new TempContent();
        content.WithAboutPage("""
            ## Bakgrund {#bakgrund .viktig lang=en onclick="alert(1)" style="color:red"}

            Ett stycke med [länk](https://example.org/){onmouseover="alert(2)" .extern}.
            """);
        var run = content.Build();

        Assert.That(run.Lines, Is.EquivalentTo(new[]
        {
            "pages/om.md:4:1: warning PT0015: the attribute 'onclick' was removed; only id, class, lang and dir may be set with {…}",
            "pages/om.md:4:1: warning PT0015: the attribute 'style' was removed; only id, class, lang and dir may be set with {…}",
            "pages/om.md:6:16: warning PT0015: the attribute 'onmouseover' was removed; only id, class, lang and dir may be set with {…}",
        }));
        var page = run.Html("om.html");
        var heading = page.QuerySelector("main h2")!;
        Assert.That(heading.Id, Is.EqualTo("bakgrund"));
        Assert.That(heading.ClassList, Does.Contain("viktig"));
        Assert.That(heading.GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(heading.HasAttribute("onclick") || heading.HasAttribute("style"), Is.False);
        var link = page.QuerySelector("main a[href='https://example.org/']")!;
        Assert.That(link.HasAttribute("onmouseover"), Is.False);
        Assert.That(link.ClassList, Does.Contain("extern"));
    }
}
