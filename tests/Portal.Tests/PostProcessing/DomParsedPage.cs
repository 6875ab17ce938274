using System.Text;
using AngleSharp.Html.Parser;
using Portal.PostProcessing;

namespace Portal.Tests.PostProcessing;

/// <summary>
/// What the link check read of a page before <see cref="HtmlTagScanner"/>: a full DOM, by AngleSharp. The tests hold
/// the scanner to it. Two things differ from the old reading, as the scanner does: source[srcset] is left out (it gave
/// an empty href, which the check skips), and an img or script gives its src even when it also has an href.
/// </summary>
public static class DomParsedPage
{
    public static ParsedPage Parse(byte[] html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(Encoding.UTF8.GetString(html));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var headings = new List<string>();
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            if (!ids.Add(element.Id!))
            {
                duplicates.Add(element.Id!);
            }
            else if (element.NamespaceUri == AngleSharp.Dom.NamespaceNames.HtmlUri && element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
            {
                headings.Add(element.Id!);
            }
        }

        var links = document.QuerySelectorAll("a[href], link[href], script[src], img[src]")
            .Select(e => new PageLink(e.GetAttribute(e.LocalName is "a" or "link" ? "href" : "src")!, e.SourceReference?.Position.Line ?? 1))
            .ToList();
        return new ParsedPage(ids, duplicates.Distinct(StringComparer.Ordinal).ToList(), links, headings);
    }
}
