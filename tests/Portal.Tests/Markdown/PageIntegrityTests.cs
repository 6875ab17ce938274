namespace Portal.Tests.Markdown;

/// <summary>What editors' text may not do to the page around it: leave tags open, reuse the page's ids, pull in other servers' images.</summary>
public sealed class PageIntegrityTests
{
    private const string Om = "pages/om.md";

    /// <summary>Every file the build would write (even when it fails), and its diagnostics.</summary>
    private static (IReadOnlyDictionary<string, string> Files, IReadOnlyList<string> Lines) BuildWithBody(string body)
    {
        using var content = ContentWith(body);
        return SiteBuilder.Generate(content);
    }

    [Test]
    public void An_unclosed_inline_tag_is_removed_so_it_cannot_swallow_the_page()
    {
        var (files, lines) = BuildWithBody("Text <b>open bold never closed.");
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(new[] { "pages/om.md:4:6: warning PT0015: the HTML tag was removed: <b> is never closed in this paragraph" }));
            Assert.That(files["om.html"], Does.Not.Contain("<b>"));
            Assert.That(HtmlPages.Parse(files["om.html"]).QuerySelector("footer")!.ParentElement!.TagName, Is.EqualTo("BODY"));
        });
    }

    [Test]
    public void A_stray_closing_tag_is_removed_and_a_paired_one_kept()
    {
        var (files, lines) = BuildWithBody("Some </em> and <sup>2</sup>.");
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(new[] { "pages/om.md:4:6: warning PT0015: the HTML tag was removed: </em> closes nothing in this paragraph" }));
            Assert.That(files["om.html"], Does.Contain("<sup>2</sup>").And.Not.Contain("</em>"));
        });
    }

    [Test]
    public void An_id_that_clashes_with_the_page_is_an_error_in_the_content_file()
    {
        var (_, lines) = BuildWithBody("Text {#main-content}");
        Assert.That(lines, Has.Some.StartsWith("pages/om.md:4:7: error PT0030: the id 'main-content' is used twice"));
    }

    [Test]
    public void A_link_to_a_missing_anchor_is_reported_at_the_link_in_the_content_file()
    {
        var (_, lines) = BuildWithBody("See [history](historia/vanortsrorelsen.md#no-such-anchor).");
        Assert.That(lines, Is.EqualTo(new[]
        {
            "pages/om.md:4:42: error PT0014: the link 'historia/vanortsrorelsen.md#no-such-anchor' points to no element with id 'no-such-anchor'; that page has no headings to link to",
        }));
    }

    [Test]
    public void A_link_to_a_missing_heading_is_quoted_as_written_with_the_target_pages_headings_nearest_first()
    {
        using var content = ContentWith("Läs [statistiken](statistik.md#finns-inte).");
        content.With("pages/statistik.md", "---\ntitle: Statistik\n---\n## Bakgrund\n\nText.\n\n## Statistik 2024\n\nText.\n\n## Finns\n\nText.\n");
        Assert.That(SiteBuilder.Generate(content).Lines, Is.EqualTo(new[]
        {
            "pages/om.md:4:31: error PT0014: the link 'statistik.md#finns-inte' points to no element with id 'finns-inte'; its headings are: #finns, #bakgrund, #statistik-2024",
        }));
    }

    [Test]
    public void An_image_from_another_server_is_an_error_and_not_published()
    {
        var (files, lines) = BuildWithBody("![pixel](https://tracker.example/pixel.png)");
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Some.StartsWith("pages/om.md:4:1: error PT0032: the image 'https://tracker.example/pixel.png' is on another server"));
            Assert.That(files["om.html"], Does.Not.Contain("tracker.example"));
        });
    }

    [Test]
    public void A_top_level_heading_in_the_text_becomes_level_two_with_a_warning()
    {
        var (files, lines) = BuildWithBody("# Bakgrund\n\nText.");
        var page = HtmlPages.Parse(files["om.html"]);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(new[] { "pages/om.md:4:1: warning PT0033: a '# heading' in the text is shown as '## heading': the page's title (name or title key) is its only top-level heading; write '##'" }));
            Assert.That(page.QuerySelectorAll("h1"), Has.Length.EqualTo(1));
            Assert.That(page.QuerySelector("main h2")!.TextContent, Is.EqualTo("Bakgrund"));
        });
    }

    [Test]
    public void An_invalid_lang_attribute_is_removed()
    {
        var (files, lines) = BuildWithBody("Text {lang='sv\" onclick=\"x'}");
        Assert.Multiple(() =>
        {
            Assert.That(files["om.html"], Does.Not.Contain("onclick"));
            Assert.That(lines, Has.Some.Contains("warning PT0015"));
        });
    }

    [Test]
    public void An_aligned_table_column_is_a_class_not_an_inline_style()
    {
        var (files, lines) = BuildWithBody("| År | Antal |\n|:---|---:|\n| 2007 | 272 |");
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Empty);
            Assert.That(files["om.html"], Does.Not.Contain("style="), "a strict Content-Security-Policy forbids inline styles");
            Assert.That(files["om.html"], Does.Contain("class=\"align-right\""));
        });
    }

    private static TempContent ContentWith(string body)
    {
        var content = new TempContent();
        content.With(Om, $"---\ntitle: Om portalen\n---\n{body}\n");
        return content;
    }
}
