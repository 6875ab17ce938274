using System.Collections.Concurrent;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Data;
using Portal.Markdown.Guards;
using Portal.Markdown.Links;
using Portal.Templates;

namespace Portal.Markdown;

/// <summary>
/// Renders a content body for one page: parse within the guards' limits, let each registered
/// <see cref="PageExtension"/> work on the document with the page, then write HTML. The pipeline
/// (<see cref="MarkdownPipelineFactory"/>) is shared; each call has its own document, page and writer. A text whose
/// HTML depends on nothing of its page (no link, image, raw HTML, data table or chart) is kept until the next page that
/// shows it: an untranslated text on both languages' pages is rendered once, the same HTML on both, with the same
/// diagnostics.
/// </summary>
/// <param name="tables">The site's data files, by their path under <c>data/</c>; null where one could not be read.</param>
/// <param name="components">The theme's components, for the markup the theme owns in a body (a chart's figure).</param>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, IReadOnlyDictionary<string, DataTable?> tables, IComponentRenderer components)
{
    private readonly PageExtension[] _pageExtensions = pipeline.Extensions.OfType<PageExtension>().ToArray();

    /// <summary>The texts rendered so far whose HTML is the same on any page, by file, first line and text.</summary>
    private readonly ConcurrentDictionary<TextKey, RenderedMarkdown> _samePerPage = new();

    public RenderedMarkdown Render(ContentText text, ILinkResolver links, DiagnosticBag diagnostics)
    {
        var key = new TextKey(text.Source.RelativePath, text.FirstLine, text.Markdown);
        if (_samePerPage.TryRemove(key, out var known))
        {
            // Let go once used: the other page of a text renders next to it (see RenderPhase), a third renders it again.
            return known;
        }

        if (GuardedParser.Parse(pipeline, text, diagnostics) is not { } document)
        {
            return new RenderedMarkdown(string.Empty, string.Empty);
        }

        var samePerPage = !DependsOnPage(document);

        var page = new MarkdownPage(text, links, tables, diagnostics, components);
        foreach (var extension in _pageExtensions)
        {
            extension.Process(document, page);
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var rendered = new RenderedMarkdown(writer.ToString(), FirstParagraph(document));
        if (samePerPage)
        {
            _samePerPage.TryAdd(key, rendered);
        }

        return rendered;
    }

    /// <summary>
    /// Whether the text holds what is rendered for its page: a link or an image (resolved from where the page is),
    /// raw HTML, or a fenced block (a data table or a chart, drawn in the page's language).
    /// </summary>
    private static bool DependsOnPage(MarkdownDocument document) =>
        document.Descendants().Any(node => node is LinkInline or AutolinkInline or HtmlInline or HtmlBlock or FencedCodeBlock);

    private static string FirstParagraph(MarkdownDocument document)
    {
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        if (paragraph?.Inline is null)
        {
            return string.Empty;
        }

        var words = paragraph.Inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            LineBreakInline => " ",
            _ => string.Empty,
        });
        return string.Join(string.Empty, words).Trim();
    }

    /// <summary>
    /// A text by its file, first line and Markdown, hashed without the Markdown's characters: both pages of a text hold
    /// the same part of one string, and hashing a whole body on every page was a twentieth of rendering Markdown.
    /// </summary>
    private readonly record struct TextKey(string File, int FirstLine, ReadOnlyMemory<char> Markdown)
    {
        public bool Equals(TextKey other) =>
            File == other.File && FirstLine == other.FirstLine && Markdown.Span.SequenceEqual(other.Markdown.Span);

        public override int GetHashCode() => HashCode.Combine(File, FirstLine, Markdown.Length);
    }
}
