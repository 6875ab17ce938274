using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Portal.Markdown.Charts;
using Portal.Markdown.DataTables;
using Portal.Markdown.Guards;
using Portal.Markdown.Headings;
using Portal.Markdown.Links;
using Portal.Markdown.RawHtml;
using Portal.Markdown.Spans;
using Portal.Markdown.Tables;

namespace Portal.Markdown;

/// <summary>
/// Builds the one Markdig pipeline every page shares; a pipeline is immutable and safe to use from many threads. Each
/// feature of the pages' Markdown is an extension in a folder of its own, registered here and nowhere else; the
/// guards (<c>Guards/</c>) keep every text under the size limit parsing in linear time, with the same result.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <param name="limits">The content's limits: a Markdown table may have as many columns as a data table; a chart draws so many values.</param>
    public static MarkdownPipeline Create(ContentLimits limits)
    {
        var builder = Features(limits)
            .Use<LinearScanExtension>()
            .Use(new NestingGuardExtension(maxTableColumns: limits.TableColumns));

        // First: its heading ids are set before Markdig's auto-identifiers run, which then leave them alone.
        builder.Extensions.Insert(0, new HeadingIdGuardExtension());
        return builder.Build();
    }

    /// <summary>
    /// What the pages' Markdown can do, without the guards (which change no result). The page extensions work on a
    /// parsed text in this order: blocks of data first, then the raw-HTML policy and the headings, then the links.
    /// </summary>
    public static MarkdownPipelineBuilder Features(ContentLimits limits) =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseFootnotes()
            .UseFigures()
            .UseAbbreviations()
            .UseGenericAttributes()
            .Use<BracketedSpanExtension>()
            .UsePreciseSourceLocation()
            .Use<DataTableExtension>()
            .Use(new ChartExtension(maxValues: limits.ChartValues))
            .Use<RawHtmlExtension>()
            .Use<TitleHeadingExtension>()
            .Use<LinkExtension>()
            .Use<ScrollableTableExtension>();
}
