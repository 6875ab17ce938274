using Markdig.Syntax.Inlines;

namespace Portal.Markdown.Spans;

/// <summary>A run of text with attributes of its own, written <c>[text]{lang=sv}</c>: Pandoc's bracketed span.</summary>
public sealed class SpanInline : ContainerInline
{
}
