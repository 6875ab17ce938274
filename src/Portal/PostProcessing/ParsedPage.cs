namespace Portal.PostProcessing;

/// <summary>
/// What the link check needs of one page: its ids, the ids it uses twice, every link with its line, and the ids of its
/// headings in page order (what a link to a missing anchor is told it can link to).
/// </summary>
public sealed record ParsedPage(IReadOnlySet<string> Ids, IReadOnlyList<string> DuplicateIds, IReadOnlyList<PageLink> Links, IReadOnlyList<string> HeadingIds)
{
    public static ParsedPage Parse(byte[] html) => HtmlTagScanner.Scan(html);
}

/// <summary>A link, script, stylesheet or image reference of a page, and the line of the page it is on.</summary>
public sealed record PageLink(string Href, int Line);
