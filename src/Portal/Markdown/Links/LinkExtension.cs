using Markdig.Syntax;

namespace Portal.Markdown.Links;

/// <summary>
/// Links lead where the page's reader can go: a link to a content file or an asset is rewritten for the page's place in
/// the site (<see cref="ILinkResolver"/>), and unsafe or broken links are reported and reduced to their text (<see cref="LinkRewriter"/>).
/// </summary>
public sealed class LinkExtension : PageExtension
{
    public override void Process(MarkdownDocument document, MarkdownPage page) =>
        LinkRewriter.Rewrite(document, page.Text, page.Links, page.Diagnostics);
}
