using Portal.Input;
using Portal.Markdown;
using Portal.Markdown.Links;
using Portal.Tests.Templates;

namespace Portal.Tests.Markdown;

/// <summary>
/// A text shown on two pages (the default language's text on a page without a translation) is rendered once when
/// nothing in it depends on the page; a text with a link is rendered for each page, from where that page is.
/// </summary>
public sealed class RenderOncePerTextTests
{
    [Test]
    public void A_link_is_resolved_from_each_page_that_shows_the_text()
    {
        var renderer = Renderer();
        const string Text = "Se [Vanda](../partners/huddinge/vanda.md).\n";

        var swedish = renderer.Render(Content("sv", Text), new At("samarbeten/huddinge/"), new DiagnosticBag()).Html;
        var english = renderer.Render(Content("en", Text), new At("en/samarbeten/huddinge/"), new DiagnosticBag()).Html;

        Assert.That(swedish, Does.Contain("href=\"samarbeten/huddinge/vanda.html\""));
        Assert.That(english, Does.Contain("href=\"en/samarbeten/huddinge/vanda.html\""));
    }

    [Test]
    public void A_text_that_depends_on_no_page_is_rendered_once_for_the_next_page_with_the_same_html_and_diagnostics()
    {
        var renderer = Renderer();
        const string Text = "# Rubrik\n\nText med *betoning*.\n\n| År | Händelse |\n|---|---|\n| 1985 | Avtal |\n";
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();

        var swedish = renderer.Render(Content("sv", Text), new At("a/"), first);
        var english = renderer.Render(Content("en", Text), new At("en/a/"), second);
        var third = renderer.Render(Content("de", Text), new At("de/a/"), new DiagnosticBag());

        Assert.Multiple(() =>
        {
            Assert.That(english.Html, Is.SameAs(swedish.Html), "rendered once");
            Assert.That(third.Html, Is.Not.SameAs(swedish.Html).And.EqualTo(swedish.Html), "let go once used, so a build does not hold every text");
            Assert.That(english.Html, Does.Contain("<em>betoning</em>").And.Contain("table-scroll"));
            Assert.That(first.Sorted().Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.HeadingLevel }), "the '# heading' is reported where the text was rendered");
        });
    }

    private static MarkdownRenderer Renderer() =>
        new(MarkdownPipelineFactory.Create(ContentLimits.Default), new Dictionary<string, Portal.Data.DataTable?>(), ShippedTheme.Templates);

    private static ContentText Content(string language, string markdown) =>
        new(language, language != "sv", markdown.AsMemory(), 5, new SourceFile("partners/huddinge/espoo.md", "input/partners/huddinge/espoo.md", markdown));

    /// <summary>Resolves every content path to an href under one folder, as pages in different folders do.</summary>
    private sealed class At(string folder) : ILinkResolver
    {
        public string? Resolve(string inputPath) => folder + Path.GetFileNameWithoutExtension(inputPath) + ".html";

        public string? Nearest(string inputPath) => null;
    }
}
