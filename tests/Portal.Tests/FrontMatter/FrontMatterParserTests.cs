using Portal.FrontMatter;
using Portal.Input;

namespace Portal.Tests.FrontMatter;

public sealed class FrontMatterParserTests
{
    private static (FrontMatterDocument? Document, IReadOnlyList<string> Lines) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var document = FrontMatterParser.Parse(new SourceFile("pages/om.md", "pages/om.md", text), bag);
        return (document, bag.Sorted().Select(d => d.ToString()).ToList());
    }

    [Test]
    public void Splits_keys_and_body_and_knows_the_line_the_body_starts_on()
    {
        var (document, lines) = Parse("---\ntitle: Om\nsummary: Kort\n---\nFörsta stycket.\n\nAndra.\n");
        Assert.That(lines, Is.Empty);
        Assert.That(document!.Keys.Entries.Select(e => e.Key.Text), Is.EqualTo(new[] { "title", "summary" }));
        Assert.That(document.Body.ToString(), Is.EqualTo("Första stycket.\n\nAndra.\n"));
        Assert.That(document.BodyFirstLine, Is.EqualTo(5));
    }

    [Test]
    public void Keys_keep_the_line_and_column_they_were_written_at()
    {
        var (document, _) = Parse("---\ntitle: Om\nlocation: {lat: 58.38, lon: 12.32}\n---\n");
        var location = (YamlMapping)document!.Keys.Find("location")!.Value;
        Assert.That(document.Keys.Find("title")!.Key.Location, Is.EqualTo(new SourceLocation("pages/om.md", 2, 1)));
        Assert.That(location.Find("lon")!.Value.Location, Is.EqualTo(new SourceLocation("pages/om.md", 3, 29)));
    }

    [Test]
    public void A_colon_in_an_unquoted_title_is_reported_at_the_colon_with_the_line_as_it_must_be_written() =>
        Assert.That(Parse("---\ntitle: Kontakt: så når du oss\n---\nText.\n").Lines, Is.EqualTo(new[]
        {
            "pages/om.md:2:15: error PT0004: text that contains ': ' must be in quotes: title: \"Kontakt: så når du oss\"",
        }));

    [Test]
    public void Empty_front_matter_gives_no_keys_and_no_error()
    {
        var (document, lines) = Parse("---\n---\nIntroduktion.\n");
        Assert.That(lines, Is.Empty);
        Assert.That(document!.Keys.Entries, Is.Empty);
        Assert.That(document.Body.ToString(), Is.EqualTo("Introduktion.\n"));
        Assert.That(document.BodyFirstLine, Is.EqualTo(3));
    }

    [Test]
    public void Front_matter_of_only_comments_gives_no_keys_and_no_error()
    {
        var (document, lines) = Parse("---\n# Frivilliga nycklar:\n# summary: \"\"\n\n---\nIntroduktion.\n");
        Assert.That(lines, Is.Empty);
        Assert.That(document, Is.Not.Null, "the file is not dropped");
        Assert.That(document!.Keys.Entries, Is.Empty);
        Assert.That(document.Body.ToString(), Is.EqualTo("Introduktion.\n"));
    }

    [Test]
    public void Front_matter_may_close_with_three_dots() =>
        Assert.That(Parse("---\ntitle: Om\n...\nText.\n").Document?.Body.ToString(), Is.EqualTo("Text.\n"));

    [TestCase("---\r\ntitle: Om\r\n---\r\nText.\r\n", "Text.\r\n")]
    [TestCase("---  \ntitle: Om\n---\t\nText.", "Text.")]
    [TestCase("---\ntitle: Om\n---\n", "")]
    [TestCase("---\ntitle: Om\n---", "")]
    [TestCase("---\ntitle: Om\n---\n\n", "\n")]
    public void The_body_is_the_text_after_the_closing_line_however_the_lines_end(string text, string body)
    {
        var (document, lines) = Parse(text);
        Assert.That(lines, Is.Empty);
        Assert.That(document!.Keys.Find("title")?.Value, Is.TypeOf<YamlScalar>().With.Property("Text").EqualTo("Om"));
        Assert.That(document.Body.ToString(), Is.EqualTo(body));
        Assert.That(document.BodyFirstLine, Is.EqualTo(4));
    }

    [TestCase("")]
    [TestCase("   \n\n")]
    public void An_empty_file_is_an_error(string text) =>
        Assert.That(Parse(text).Lines, Is.EqualTo(new[]
        {
            "pages/om.md:1:1: error PT0020: the file is empty; it needs front matter between two '---' lines, then the text",
        }));

    [Test]
    public void A_file_without_front_matter_is_an_error_at_its_start()
    {
        var (document, lines) = Parse("title: Om\n\nText.\n");
        Assert.That(document, Is.Null);
        Assert.That(lines, Is.EqualTo(new[] { "pages/om.md:1:1: error PT0002: the file must start with a line '---', then its keys (name: …), then another '---'" }));
    }

    [Test]
    public void Dashes_turned_into_dashes_by_a_word_processor_do_not_open_front_matter() =>
        Assert.That(Parse("–––\ntitle: Om\n–––\n").Lines.Single(), Does.Contain("error PT0002"));

    [Test]
    public void Front_matter_that_never_closes_is_an_error()
    {
        var (document, lines) = Parse("---\ntitle: Om\n\nText.\n");
        Assert.That(document, Is.Null);
        Assert.That(lines, Is.EqualTo(new[] { "pages/om.md:1:1: error PT0003: the front matter opened on line 1 never closes; add a line '---' after the last key" }));
    }

    [Test]
    public void Front_matter_that_is_a_list_is_an_error_at_its_first_line() =>
        Assert.That(Parse("---\n- title\n- Om\n---\n").Lines, Is.EqualTo(new[]
        {
            "pages/om.md:2:1: error PT0008: the front matter must be keys with values (name: …), not a list or a single value",
        }));

    [Test]
    public void A_duplicate_key_is_reported_at_the_second_key_with_the_line_of_the_first() =>
        Assert.That(Parse("---\ntitle: Om\nsummary: a\ntitle: Om igen\n---\n").Lines, Is.EqualTo(new[]
        {
            "pages/om.md:4:1: error PT0018: duplicate key 'title' (first given on line 2); keep one of them",
        }));

    [Test]
    public void A_YAML_syntax_error_is_reported_at_the_file_line_not_the_snippet_line()
    {
        var (document, lines) = Parse("---\ntitle: Om\nsummary: \"Vanda i Finland\n---\n");
        Assert.That(document, Is.Null);
        Assert.That(lines.Single(), Does.StartWith("pages/om.md:3:").And.Contain("error PT0004: this is not valid YAML"));
    }
}
