using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Data;
using Portal.Diagnostics;
using Portal.Markdown.Charts;
using Portal.Markdown.DataTables;
using Portal.Markdown.Guards;
using Portal.Markdown.Links;
using Portal.Markdown.RawHtml;
using Portal.Model;

namespace Portal.Markdown;

/// <summary>
/// Renders a content body for one page: parse within the guards' limits, resolve data tables, filter raw HTML, rewrite
/// links for the page's place in the site, then write HTML. The pipeline is shared; each call has its own document and writer.
/// </summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, IReadOnlyDictionary<string, DataTable?> tables, ContentLimits limits)
{
    public RenderedMarkdown Render(ContentText text, ILinkResolver links, DiagnosticBag diagnostics)
    {
        if (GuardedParser.Parse(pipeline, text, diagnostics) is not { } document)
        {
            return new RenderedMarkdown(string.Empty, string.Empty);
        }

        DataTableResolver.Resolve(document, text, tables, diagnostics);
        ChartResolver.Resolve(document, text, tables, limits.ChartValues, diagnostics);
        RawHtmlFilter.Apply(document, text, diagnostics);
        DemoteTitleHeadings(document, text, diagnostics);
        LinkRewriter.Rewrite(document, text, links, diagnostics);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), FirstParagraph(document));
    }

    /// <summary>The page's title is its only level-1 heading; a "# heading" in the text becomes level 2, with a warning.</summary>
    private static void DemoteTitleHeadings(MarkdownDocument document, ContentText text, DiagnosticBag diagnostics)
    {
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            heading.Level = 2;
            diagnostics.Warning(DiagnosticCodes.HeadingLevel, MarkdownSource.LocationOf(text, heading), "a '# heading' in the text is shown as '## heading': the page's title (name or title key) is its only top-level heading; write '##'");
        }
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
