using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Portal.Markdown.Tables;

/// <summary>
/// Wraps every Markdown table in <c>&lt;div class="table-scroll"&gt;</c>, so a wide table scrolls inside the page
/// instead of making the whole page scroll sideways on a phone (WCAG 1.4.10, reflow).
/// </summary>
public sealed class ScrollableTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } tables)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer(tables));
        }
    }

    private sealed class ScrollableTableRenderer(HtmlTableRenderer tables) : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            MoveAlignmentToClasses(table);
            renderer.EnsureLine().WriteLine("<div class=\"table-scroll\" tabindex=\"0\">");
            tables.Write(renderer, table);
            renderer.EnsureLine().WriteLine("</div>");
        }

        /// <summary>
        /// Markdig writes a column's alignment as an inline style, which a Content-Security-Policy without
        /// 'unsafe-inline' blocks: write it as a class on each cell instead.
        /// </summary>
        private static void MoveAlignmentToClasses(Table table)
        {
            foreach (var row in table.OfType<TableRow>())
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : row.IndexOf(cell);
                    if (index < table.ColumnDefinitions.Count && table.ColumnDefinitions[index].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass($"align-{alignment.ToString().ToLowerInvariant()}");
                    }
                }
            }

            foreach (var column in table.ColumnDefinitions)
            {
                column.Alignment = null;
            }
        }
    }
}
