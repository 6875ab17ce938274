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
/// Renders a content body for one page: parse, resolve data tables, filter raw HTML, rewrite links for the page's
/// place in the site, then write HTML. The pipeline is shared; each call has its own document and writer.
/// </summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, IReadOnlyDictionary<string, DataTable?> tables, ContentLimits limits)
{
    public RenderedMarkdown Render(ContentText text, ILinkResolver links, DiagnosticBag diagnostics)
    {
        if (DefinitionRunCheck.FirstLineOverLimit(text.Markdown) is var line and >= 0)
        {
            diagnostics.Error(
                DiagnosticCodes.LongDefinitionRun,
                new SourceLocation(text.Source.DisplayPath, text.FirstLine + line, 1),
                $"more than {DefinitionRunCheck.MaxRun} link definitions ([name]: address) follow one another without a blank line; put a blank line between groups of them");
            return new RenderedMarkdown(string.Empty, string.Empty);
        }

        MarkdownDocument? document;
        try
        {
            document = Parse(text.Markdown);
        }
        catch (MarkdownLimitException limit)
        {
            diagnostics.Error(limit.Code, new SourceLocation(text.Source.DisplayPath, text.FirstLine + limit.Line, 1), limit.Message);
            return new RenderedMarkdown(string.Empty, string.Empty);
        }

        if (document is null)
        {
            diagnostics.Error(
                DiagnosticCodes.TooDeeplyNested,
                new SourceLocation(text.Source.DisplayPath, text.FirstLine + FirstLineTooDeep(text.Markdown), 1),
                "from this line the text nests quotes, lists, brackets or emphasis too deeply to be shown; write it with fewer levels inside one another");
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

    /// <summary>
    /// The parsed text, or null when Markdig refuses it for nesting deeper than its limit (its only complaint about a
    /// text). A guard's own stop (<see cref="MarkdownLimitException"/>) says where, and is passed on.
    /// </summary>
    private MarkdownDocument? Parse(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException ex) when (ex is not MarkdownLimitException)
        {
            return null;
        }
    }

    private bool Fails(string markdown)
    {
        try
        {
            return Parse(markdown) is null;
        }
        catch (MarkdownLimitException)
        {
            return true;
        }
    }

    /// <summary>The 0-based line where a text too deep to parse becomes so: the shortest run of lines from the top that is.</summary>
    private int FirstLineTooDeep(string markdown)
    {
        var lines = markdown.Split('\n');
        var (low, high) = (0, lines.Length - 1);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Fails(string.Join('\n', lines[..(middle + 1)])))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
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
