using Markdig.Syntax;

namespace Portal.Markdown.Headings;

/// <summary>The page's title is its only level-1 heading; a "# heading" in the text becomes level 2, with a warning.</summary>
public sealed class TitleHeadingExtension : PageExtension
{
    public override void Process(MarkdownDocument document, MarkdownPage page)
    {
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            heading.Level = 2;
            page.Diagnostics.Warning(DiagnosticCodes.HeadingLevel, MarkdownSource.LocationOf(page.Text, heading), "a '# heading' in the text is shown as '## heading': the page's title (name or title key) is its only top-level heading; write '##'");
        }
    }
}
