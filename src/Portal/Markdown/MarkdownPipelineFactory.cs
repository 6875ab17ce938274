using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Portal.Markdown.DataTables;
using Portal.Markdown.Tables;

namespace Portal.Markdown;

/// <summary>Builds the one Markdig pipeline every page shares; a pipeline is immutable and safe to use from many threads.</summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseFootnotes()
            .UseFigures()
            .UseAbbreviations()
            .UseGenericAttributes()
            .UsePreciseSourceLocation()
            .Use<DataTableExtension>()
            .Use<ScrollableTableExtension>()
            .Build();
}
