using Markdig;
using Portal.Input;
using Portal.Markdown;
using Portal.Markdown.Guards;
using Portal.Markdown.Links;
using Portal.Markdown.Spans;
using Portal.Tests.Templates;

namespace Portal.Tests.Markdown.Spans;

/// <summary>
/// <c>[text]{lang=sv}</c> marks a few words as written in another language (WCAG 3.1.2): the words, not their
/// paragraph or heading, and without losing the text around them.
/// </summary>
public sealed class BracketedSpanTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(ContentLimits.Default);

    private static string Render(string markdown, DiagnosticBag diagnostics, MarkdownPipeline? pipeline = null) =>
        new MarkdownRenderer(pipeline ?? Pipeline, new Dictionary<string, Portal.Data.DataTable?>(), ShippedTheme.Templates)
            .Render(new ContentText("en", false, markdown.AsMemory(), 4, new SourceFile("pages/test.en.md", "input/pages/test.en.md", markdown)), new NoLinks(), diagnostics)
            .Html;

    private static string Render(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var html = Render(markdown, diagnostics);
        Assert.That(diagnostics.Sorted(), Is.Empty);
        return html;
    }

    [Test]
    public void Words_in_brackets_with_a_language_are_a_span_in_their_paragraph() =>
        Assert.That(
            Render("The Municipal Executive Board ([kommunstyrelsen]{lang=sv}) decided."),
            Is.EqualTo("<p>The Municipal Executive Board (<span lang=\"sv\">kommunstyrelsen</span>) decided.</p>\n"));

    [Test]
    public void A_span_holds_emphasis_and_links_and_a_quoted_title()
    {
        Assert.That(
            Render("Read [*Förslag* om [vänorter](https://example.org/)]{lang=sv} and [\"Ett beslut\"]{lang=sv dir=ltr}."),
            Is.EqualTo("<p>Read <span lang=\"sv\"><em>Förslag</em> om <a href=\"https://example.org/\">vänorter</a></span> and <span lang=\"sv\" dir=\"ltr\">&quot;Ett beslut&quot;</span>.</p>\n"));
    }

    [Test]
    public void A_span_in_a_heading_keeps_the_rest_of_the_heading_and_its_id()
    {
        Assert.That(
            Render("## The [vänort]{lang=sv} idea\n\n## The [vänort]{lang=sv} idea, again {#again}\n\n## Both {#both} {lang=sv}\n\n## On the [vänort]{lang=sv}"),
            Is.EqualTo("<h2 id=\"the-vänort-idea\">The <span lang=\"sv\">vänort</span> idea</h2>\n<h2 id=\"again\">The <span lang=\"sv\">vänort</span> idea, again</h2>\n<h2 id=\"both\" lang=\"sv\">Both </h2>\n<h2 id=\"on-the-vänort\">On the <span lang=\"sv\">vänort</span></h2>\n"));
    }

    [Test]
    public void Attributes_at_the_end_of_a_heading_or_a_paragraph_still_belong_to_it() =>
        Assert.That(
            Render("## Välkommen {lang=sv}\n\nHjärtligt välkomna! {lang=da}"),
            Is.EqualTo("<h2 id=\"välkommen\" lang=\"sv\">Välkommen</h2>\n<p lang=\"da\">Hjärtligt välkomna! </p>\n"));

    [Test]
    public void Brackets_without_attributes_and_links_are_left_to_markdig() =>
        Assert.That(
            Render("[a] [b] {lang=sv} [c](https://example.org/){lang=sv}"),
            Is.EqualTo("<p lang=\"sv\">[a] [b]  <a href=\"https://example.org/\" lang=\"sv\">c</a></p>\n"));

    [Test]
    public void A_span_keeps_only_the_attributes_the_raw_html_policy_allows_with_a_warning_at_its_line()
    {
        var diagnostics = new DiagnosticBag();

        var html = Render("Text.\n\nEtt [ord]{onclick=alert(1)} och [ett]{lang=danska}.", diagnostics);

        Assert.That(html, Is.EqualTo("<p>Text.</p>\n<p>Ett <span>ord</span> och <span>ett</span>.</p>\n"));
        Assert.That(diagnostics.Sorted().Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code}"), Is.EqualTo(new[] { "6:5 PT0015", "6:33 PT0015" }));
    }

    [Test]
    public void Attributes_longer_than_the_limit_are_text()
    {
        var value = new string('a', GuardedGenericAttributesParser.MaxLength);

        Assert.That(Render($"[ord]{{title={value}}}"), Is.EqualTo($"<p>[ord]{{title={value}}}</p>\n"));
    }

    [Test]
    public void Without_the_extension_the_attributes_go_to_the_whole_paragraph()
    {
        var builder = MarkdownPipelineFactory.Features(ContentLimits.Default);
        Assert.That(builder.Extensions.TryRemove<BracketedSpanExtension>(), Is.True);

        Assert.That(Render("Ett [ord]{lang=sv}.", new DiagnosticBag(), builder.Build()), Is.EqualTo("<p lang=\"sv\">Ett [ord].</p>\n"));
    }

    private sealed class NoLinks : ILinkResolver
    {
        public string? Resolve(string inputPath) => null;

        public string? Nearest(string inputPath) => null;
    }
}
