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

    public override void Process(MarkdownDocument document, MarkdownPage page) =>
        ChartResolver.Resolve(document, page.Text, page.Tables, maxValues, page.Diagnostics);
}
