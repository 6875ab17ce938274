using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using Portal.Markdown.Guards;

namespace Portal.Markdown.Spans;

/// <summary>
/// Closes a <c>[</c> as a span when its <c>]</c> is followed at once by attributes, <c>[kommunstyrelsen]{lang=sv}</c>.
/// It runs before the link parser, which would otherwise leave the brackets as text and Markdig's attribute parser
/// give the attributes to the whole paragraph. Every other <c>]</c> is left to the link parser.
/// </summary>
public sealed class BracketedSpanParser : InlineParser
{
    public BracketedSpanParser() => OpeningCharacters = [']'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '{' || processor.Inline?.FirstParentOfType<LinkDelimiterInline>() is not { IsImage: false } open)
        {
            return false;
        }

        // Read within the guard's limit first: "[a]{x=" repeated would each be read to the end of the paragraph.
        var attributesAt = slice;
        attributesAt.SkipChar();
        if (!GuardedGenericAttributesParser.EndWithinLimit(attributesAt) || !GenericAttributesParser.TryParse(ref attributesAt, out var attributes))
        {
            return false;
        }

        var span = new SpanInline
        {
            Span = new(open.Span.Start, processor.GetSourcePosition(attributesAt.Start - 1)),
            Line = open.Line,
            Column = open.Column,
        };
        var attached = span.GetAttributes();
        attributes.CopyTo(attached);
        attached.Line = open.Line;
        attached.Column = open.Column;
        attached.Span = span.Span;

        open.ReplaceBy(span);
        processor.PostProcessInlines(0, span, null, false);
        span.IsClosed = true;
        processor.Inline = span;
        slice = attributesAt;
        return true;
    }
}
