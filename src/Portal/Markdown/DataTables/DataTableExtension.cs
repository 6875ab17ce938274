using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

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
public sealed class DataTableExtension : PageExtension
{
    public const string InfoString = "table";

    public override void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        DataTableBlockRenderer.Install(renderer, next => new DataTableBlockRenderer(next));

    public override void Process(MarkdownDocument document, MarkdownPage page) =>
        DataTableResolver.Resolve(document, page.Text, page.Tables, page.Diagnostics);
}
