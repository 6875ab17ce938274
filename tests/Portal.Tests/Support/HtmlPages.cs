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

    /// <summary>Where the tests pretend the site is: a folder below the host's root, so a link can be seen to climb out.</summary>
    private static readonly Uri SiteRoot = new("https://site.invalid/site-root/");

    /// <summary>
    /// The site path a relative href leads to from a page ("folder/" is its index page), or null when it leads out of
    /// the site. The browser's rule (RFC 3986, by System.Uri), not the link check's own code, so that a mistake in that
    /// code shows in the tests that use this.
    /// </summary>
    public static string? ResolveRelative(string pagePath, string href)
    {
        var target = new Uri(new Uri(SiteRoot, Uri.EscapeDataString(pagePath).Replace("%2F", "/", StringComparison.Ordinal)), href);
        if (target.Host != SiteRoot.Host || !target.AbsolutePath.StartsWith(SiteRoot.AbsolutePath, StringComparison.Ordinal))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath[SiteRoot.AbsolutePath.Length..]);
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
