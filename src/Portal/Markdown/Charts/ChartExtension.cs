using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Portal.Markdown.Charts;

/// <summary>
/// Draws a chart of a table from <c>input/data/</c> where an editor writes a fenced block with the info string
/// <c>chart</c> (<see cref="ChartResolver"/> says which keys it takes), followed by the table of its numbers.
/// </summary>
/// <param name="maxValues">The most values one chart may draw (rows × series).</param>
public sealed class ChartExtension(int maxValues) : PageExtension
{
    public override void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) =>
        ChartBlockRenderer.Install(renderer, next => new ChartBlockRenderer(next));

    /// <summary>
    /// The figure is drawn here, through the page's theme components (<see cref="MarkdownPage.Components"/>), not by the
    /// block renderer: renderers are set up from the shared pipeline and see no page, and the pipeline holds no theme.
    /// </summary>
    public override void Process(MarkdownDocument document, MarkdownPage page) =>
        ChartResolver.Resolve(
            document,
            page.Text,
            page.Tables,
            maxValues,
            page.Diagnostics,
            figure => page.Components.RenderComponent("chart", page.Text.Language, new Dictionary<string, object?> { ["figure"] = figure }));
}
