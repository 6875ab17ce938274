using System.Text;
using AngleSharp.Html.Parser;

namespace Portal.PostProcessing;

/// <summary>What the link check needs of one page: its ids, the ids it uses twice, and every link with its line.</summary>
public sealed record ParsedPage(IReadOnlySet<string> Ids, IReadOnlyList<string> DuplicateIds, IReadOnlyList<PageLink> Links)
{
    public static ParsedPage Parse(byte[] html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(Encoding.UTF8.GetString(html));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var id in document.QuerySelectorAll("[id]").Select(e => e.Id!))
        {
            if (!ids.Add(id))
            {
                duplicates.Add(id);
            }
        }

        var links = document.QuerySelectorAll("a[href], link[href], script[src], img[src], source[srcset]")
            .Select(e => new PageLink(e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty, e.SourceReference?.Position.Line ?? 1))
            .ToList();
        return new ParsedPage(ids, duplicates.Distinct(StringComparer.Ordinal).ToList(), links);
    }
}

/// <summary>A link, script, stylesheet or image reference of a page, and the line of the page it is on.</summary>
public sealed record PageLink(string Href, int Line);
