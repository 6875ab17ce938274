using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Portal.Markdown.Spans;

/// <summary>
/// Pandoc's bracketed spans: <c>[text]{lang=sv}</c> marks a few words, not a whole paragraph, as written in another
/// language (WCAG 3.1.2), without the italics that <c>*text*{lang=sv}</c> gives. The raw-HTML policy keeps only the
/// attributes it allows on any element.
/// </summary>
public sealed class BracketedSpanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<BracketedSpanParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new BracketedSpanParser());
        }

        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { TryParseAttributes: not null } headings)
        {
            headings.TryParseAttributes = TryParseHeadingAttributesAtEnd;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<SpanRenderer>())
        {
            html.ObjectRenderers.Add(new SpanRenderer());
        }
    }

    /// <summary>
    /// Markdig takes a heading's first <c>{</c> as the heading's attributes and drops the rest of the line, so
    /// <c>## Ord på [svenska]{lang=sv} här</c> lost " här" and marked the whole heading. Only attributes that end the
    /// line, and do not close a span (<c>## Om [vänort]{lang=sv}</c>), are the heading's; any others are left in the
    /// text, for a span or the inline attribute parser.
    /// </summary>
    private static bool TryParseHeadingAttributesAtEnd(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        var brace = line.Text.LastIndexOf('{', line.End, line.End - line.Start + 1);
        if (brace < 0 || (brace > line.Start && line.Text[brace - 1] == ']'))
        {
            return false;
        }

        var attributes = new StringSlice(line.Text, brace, line.End);
        if (!GenericAttributesParser.TryParse(ref attributes, out var parsed) || !attributes.IsEmptyOrWhitespace())
        {
            return false;
        }

        var headingAttributes = block.GetAttributes();
        parsed.CopyTo(headingAttributes);
        headingAttributes.Line = processor.LineIndex;
        headingAttributes.Column = brace - processor.CurrentLineStartPosition;
        headingAttributes.Span = new(brace, attributes.Start - 1);
        line.End = brace - 1;
        return true;
    }

    private sealed class SpanRenderer : HtmlObjectRenderer<SpanInline>
    {
        protected override void Write(HtmlRenderer renderer, SpanInline span)
        {
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write("<span").WriteAttributes(span).Write('>');
            }

            renderer.WriteChildren(span);
            if (renderer.EnableHtmlForInline)
            {
                renderer.Write("</span>");
            }
        }
    }
}
