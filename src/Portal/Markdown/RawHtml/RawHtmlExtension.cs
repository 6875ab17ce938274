using Markdig.Syntax;

namespace Portal.Markdown.RawHtml;

/// <summary>The raw-HTML policy (<see cref="RawHtmlFilter"/>): what HTML and {…} attributes a text may keep, and a warning for the rest.</summary>
public sealed class RawHtmlExtension : PageExtension
{
    public override void Process(MarkdownDocument document, MarkdownPage page) =>
        RawHtmlFilter.Apply(document, page.Text, page.Diagnostics);
}
