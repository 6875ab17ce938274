using Markdig;
using Markdig.Renderers;

namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig walks every open list, quote and unclosed delimiter for each line and each piece of text, and every cell of
/// a table row for each cell, so such text costs depth × size: one line of 63 nested lists followed by a megabyte of
/// blank lines took 10 s, paragraphs of thousands of unclosed <c>_</c> or <c>[</c> 20 s, and a table row of 500,000
/// cells minutes, all within Markdig's own limits. These guards stop such text at a depth or width no written text
/// reaches, at its line (<see cref="MarkdownLimitException"/>).
/// </summary>
public sealed class NestingGuardExtension(int maxTableColumns) : IMarkdownExtension
{
    /// <summary>Open lists, list items and quotes around a line: 32 levels of nested lists.</summary>
    public const int MaxBlockDepth = 64;

    /// <summary>Open emphasis and link delimiters in one paragraph, where a page's own text has a handful.</summary>
    public const int MaxInlineDepth = 128;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<BlockNestingGuard>() is null)
        {
            pipeline.BlockParsers.Insert(0, new BlockNestingGuard(MaxBlockDepth));
        }

        if (pipeline.InlineParsers.Find<InlineNestingGuard>() is null)
        {
            pipeline.InlineParsers.Insert(0, new InlineNestingGuard(MaxInlineDepth));
            pipeline.InlineParsers.Insert(0, new TableRowGuard(maxTableColumns));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
