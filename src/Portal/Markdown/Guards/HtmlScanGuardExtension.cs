using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig 1.6 scans an inline <c>&lt;?</c>, <c>&lt;!--</c>, <c>&lt;![CDATA[</c> or <c>&lt;!X</c> to the end of the
/// paragraph when its end is missing, once per opener: O(n²). This replaces its autolink parser (which also reads
/// inline HTML) by <see cref="GuardedAutolinkInlineParser"/>, which gives the same result in linear time.
/// </summary>
public sealed class HtmlScanGuardExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Find<GuardedAutolinkInlineParser>() is null && pipeline.InlineParsers.Find<AutolinkInlineParser>() is { } autolinks)
        {
            pipeline.InlineParsers.Replace<AutolinkInlineParser>(new GuardedAutolinkInlineParser(autolinks.Options));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
