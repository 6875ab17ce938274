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
            renderer.EnsureLine().WriteLine("<div class=\"table-scroll\" tabindex=\"0\">");
            tables.Write(renderer, table);
            renderer.EnsureLine().WriteLine("</div>");
        }
    }
}
