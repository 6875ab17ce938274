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
    public static MarkdownPipeline Create(ContentLimits limits)
    {
        var builder = Features()
            .Use<LinearScanExtension>()
            .Use(new NestingGuardExtension(maxTableColumns: limits.TableColumns));

        // First: its heading ids are set before Markdig's auto-identifiers run, which then leave them alone.
        builder.Extensions.Insert(0, new HeadingIdGuardExtension());
        return builder.Build();
    }

    /// <summary>What the pages' Markdown can do, as Markdig alone does it (without the guards, which change no result).</summary>
    public static MarkdownPipelineBuilder Features() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseFootnotes()
            .UseFigures()
            .UseAbbreviations()
            .UseGenericAttributes()
            .UsePreciseSourceLocation()
            .Use<DataTableExtension>()
            .Use<ScrollableTableExtension>();
}
