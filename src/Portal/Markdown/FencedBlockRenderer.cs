using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portal.Markdown;

/// <summary>
/// Renders the fenced blocks one feature took (<see cref="Take"/>) and hands every other code block to the renderer
/// that had them before, so features that take fenced blocks (data tables, charts) stack without knowing of each other,
/// and a pipeline without a feature shows its blocks as code.
/// </summary>
public abstract class FencedBlockRenderer<TReference>(IMarkdownObjectRenderer next) : HtmlObjectRenderer<CodeBlock>
    where TReference : class
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block.GetData(typeof(Taken)) is not Taken taken)
        {
            next.Write(renderer, block);
        }
        else if (taken.Reference is { } reference)
        {
            Write(renderer, reference);
        }
    }

    protected abstract void Write(HtmlRenderer renderer, TReference reference);

    /// <summary>Marks a block as the feature's: drawn from <paramref name="reference"/>, or left out when it is null (its problems were reported).</summary>
    public static void Take(CodeBlock block, TReference? reference) => block.SetData(typeof(Taken), new Taken(reference));

    /// <summary>Puts the renderer <paramref name="create"/> makes in the place of the one that renders code blocks now, which it is handed.</summary>
    public static void Install(IMarkdownRenderer renderer, Func<IMarkdownObjectRenderer, FencedBlockRenderer<TReference>> create)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindIndex(r => r.Accept(html, typeof(FencedCodeBlock))) is var index and >= 0)
        {
            html.ObjectRenderers[index] = create(html.ObjectRenderers[index]);
        }
    }

    private sealed record Taken(TReference? Reference);
}
