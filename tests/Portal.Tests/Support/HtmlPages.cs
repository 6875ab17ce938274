using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Portal.Tests.Support;

public static class HtmlPages
{
    private static readonly HtmlParser Parser = new();

    public static IHtmlDocument Parse(string html)
    {
        lock (Parser)
        {
            return Parser.ParseDocument(html);
        }
    }

    /// <summary>Every URL a page makes the browser follow or load: a[href], link[href], script[src], img[src].</summary>
    public static IEnumerable<(string Element, string Url)> Links(IHtmlDocument document) =>
        document.QuerySelectorAll("a[href], link[href], script[src], img[src], source[src], iframe[src]")
            .Select(e => (e.LocalName, e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty));

    /// <summary>The site path a relative href leads to from a page, or null when it climbs above the site root.</summary>
    public static string? ResolveRelative(string pagePath, string href)
    {
        var cut = href.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut >= 0 ? href[..cut] : href);
        if (path.Length == 0)
        {
            return pagePath;
        }

        // The site's own rule, as the link check applies it ("folder/" is its index page).
        return Portal.PostProcessing.InternalLinkChecker.Resolve(pagePath, path, basePath: "/");
    }
}
