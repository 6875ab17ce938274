using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig 1.6's GitHub-style heading ids give the k-th heading with the same text the id "text-k" by trying
/// "text-1", "text-2" … each time: O(k²) (12,500 headings "# a" took 4 s). This sets the same ids, rendered and
/// made into URLs as Markdig does, but remembers the last number per id. Added before Markdig's auto-identifiers, its
/// handler runs first, and Markdig's leaves a heading that already has an id alone.
/// </summary>
public sealed class HeadingIdGuardExtension : IMarkdownExtension
{
    /// <summary>The key Markdig's AutoIdentifierExtension keeps the document's used ids under, shared with it.</summary>
    private const string UsedIdsKey = "AutoIdentifier";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }

        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += AssignId;
        }
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        var document = processor.Document;
        if (document.GetData(UsedIdsKey) is not HashSet<string> used)
        {
            document.SetData(UsedIdsKey, used = []);
        }

        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }

        if (document.GetData(typeof(HeadingIdGuardExtension)) is not DocumentIds ids)
        {
            document.SetData(typeof(HeadingIdGuardExtension), ids = new DocumentIds());
        }

        var id = LinkHelper.UrilizeAsGfm(ids.Text.Of(heading.Inline));
        if (string.IsNullOrEmpty(id))
        {
            id = "section";
        }

        if (!used.Add(id))
        {
            var number = ids.LastNumber.GetValueOrDefault(id);
            string candidate;
            do
            {
                candidate = $"{id}-{++number}";
            }
            while (!used.Add(candidate));
            ids.LastNumber[id] = number;
            id = candidate;
        }

        attributes.Id = id;
    }

    /// <summary>Per document: the last number given to each id, and a renderer for headings' plain text.</summary>
    private sealed class DocumentIds
    {
        public Dictionary<string, uint> LastNumber { get; } = new(StringComparer.Ordinal);

        public PlainTextRenderer Text { get; } = new();
    }

    /// <summary>A heading's text as Markdig's AutoIdentifierExtension renders it: no HTML, no escaping.</summary>
    private sealed class PlainTextRenderer() : HtmlRenderer(new StringWriter { NewLine = "\n" })
    {
        public string Of(ContainerInline inline)
        {
            Reset();
            EnableHtmlForInline = false;
            EnableHtmlEscape = false;
            Render(inline);
            return Writer.ToString()!;
        }
    }
}
