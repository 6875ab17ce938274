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
/// (<see cref="MarkdownPipelineFactory"/>) is shared; each call has its own document, page and writer.
/// </summary>
/// <param name="tables">The site's data files, by their path under <c>data/</c>; null where one could not be read.</param>
/// <param name="components">The theme's components, for the markup the theme owns in a body (a chart's figure).</param>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, IReadOnlyDictionary<string, DataTable?> tables, IComponentRenderer components)
{
    private readonly PageExtension[] _pageExtensions = pipeline.Extensions.OfType<PageExtension>().ToArray();

    public RenderedMarkdown Render(ContentText text, ILinkResolver links, DiagnosticBag diagnostics)
    {
        if (GuardedParser.Parse(pipeline, text, diagnostics) is not { } document)
        {
            return new RenderedMarkdown(string.Empty, string.Empty);
        }

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
        return new RenderedMarkdown(writer.ToString(), FirstParagraph(document));
    }

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
}
