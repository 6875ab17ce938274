using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Portal.Markdown.DataTables;

/// <summary>
/// Shows a table from <c>input/data/</c> where an editor writes a fenced block with the info string <c>table</c>:
/// <code>
/// ```table
/// source: skl/vanorter-trend.csv
/// caption: Kommuner med vänorter
/// ```
/// </code>
/// </summary>
public sealed class DataTableExtension : IMarkdownExtension
{
    public const string InfoString = "table";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<CodeBlockRenderer>() is { } codeBlocks)
        {
            html.ObjectRenderers.Replace<CodeBlockRenderer>(new DataTableBlockRenderer(codeBlocks));
        }
    }
}
