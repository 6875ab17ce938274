using Markdig.Renderers;

namespace Portal.Markdown.Charts;

/// <summary>Renders a resolved <c>chart</c> block as its chart and the table of its numbers.</summary>
public sealed class ChartBlockRenderer(IMarkdownObjectRenderer next) : FencedBlockRenderer<ChartReference>(next)
{
    protected override void Write(HtmlRenderer renderer, ChartReference reference) => ChartBlockWriter.Write(renderer, reference);
}
