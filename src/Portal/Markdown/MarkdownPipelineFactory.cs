using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Portal.Markdown.DataTables;
using Portal.Markdown.Guards;
using Portal.Markdown.Tables;
using Portal.Model;

namespace Portal.Markdown;

/// <summary>
/// Builds the one Markdig pipeline every page shares; a pipeline is immutable and safe to use from many threads. The
/// guards (<c>Guards/</c>) keep every text under the size limit parsing in linear time, with the same result.
/// </summary>
public static class MarkdownPipelineFactory
{
    /// <param name="limits">The content's limits: a Markdown table may have as many columns as a data table.</param>
    public static MarkdownPipeline Create(ContentLimits limits) =>
        new MarkdownPipelineBuilder()
            .Use<HeadingIdGuardExtension>() // before the auto-identifiers: its ids are set first, and Markdig's are then left alone
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseFootnotes()
            .UseFigures()
            .UseAbbreviations()
            .UseGenericAttributes()
            .UsePreciseSourceLocation()
            .Use<DataTableExtension>()
            .Use<ScrollableTableExtension>()
            .Use<LinkScanGuardExtension>()
            .Use<HtmlScanGuardExtension>()
            .Use(new NestingGuardExtension(maxTableColumns: limits.TableColumns))
            .Build();
}
