using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig 1.6 scans to the end of the paragraph for every <c>](</c> whose link cannot end (<c>[a](</c> repeated
/// 50,000 times, 200 KB, took 30 s), for every <c>&lt;?</c> or <c>&lt;!</c> whose inline HTML cannot end, and for
/// every <c>{</c> of attributes that cannot end: O(n²). This replaces its link and autolink parsers by
/// <see cref="GuardedLinkInlineParser"/> and <see cref="GuardedAutolinkInlineParser"/>, which give the same result in
/// linear time, and its attribute parser by <see cref="GuardedGenericAttributesParser"/>, which reads at most a
/// bounded length.
/// </summary>
public sealed class LinearScanExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.InlineParsers.Find<GuardedLinkInlineParser>() is null && pipeline.InlineParsers.Find<LinkInlineParser>() is { } links)
        {
            pipeline.InlineParsers.Replace<LinkInlineParser>(new GuardedLinkInlineParser(links.Options));
        }

        if (pipeline.InlineParsers.Find<GuardedGenericAttributesParser>() is null && pipeline.InlineParsers.Find<GenericAttributesParser>() is not null)
        {
            pipeline.InlineParsers.Replace<GenericAttributesParser>(new GuardedGenericAttributesParser());
        }

        if (pipeline.InlineParsers.Find<GuardedAutolinkInlineParser>() is null && pipeline.InlineParsers.Find<AutolinkInlineParser>() is { } autolinks)
        {
            pipeline.InlineParsers.Replace<AutolinkInlineParser>(new GuardedAutolinkInlineParser(autolinks.Options));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
