using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// A Markdig extension that also works on each parsed text with its page (resolving blocks, applying a policy,
/// reporting problems). <see cref="MarkdownRenderer"/> runs every registered one, in the builder's order, once the
/// whole text has parsed: Markdig's own hook after a parse (<c>DocumentProcessed</c>) is given the document alone,
/// and the pipeline, shared by every page, may hold no page.
/// </summary>
public abstract class PageExtension : IMarkdownExtension
{
    public virtual void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public virtual void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    public abstract void Process(MarkdownDocument document, MarkdownPage page);
}
