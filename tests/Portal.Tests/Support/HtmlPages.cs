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

    /// <summary>The site path of the stylesheet a page links, as a browser finds it from the page's <c>&lt;link rel=stylesheet&gt;</c>.</summary>
    public static string StylesheetOf(string pagePath, IHtmlDocument page)
    {
        var href = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href") ?? throw new AssertionException($"{pagePath} links no stylesheet");
        return ResolveRelative(pagePath, href) ?? throw new AssertionException($"{pagePath}'s stylesheet '{href}' is outside the site");
    }

    /// <summary>
    /// The folder of the theme's files (<c>theme/3f2a9c0d1e4b/</c>, named by their hash) of a page's site, found as a
    /// browser finds it: the folder of the stylesheet the page links.
    /// </summary>
    public static string ThemeFolderOf(string pagePath, IHtmlDocument page)
    {
        var stylesheet = StylesheetOf(pagePath, page);
        return stylesheet[..(stylesheet.LastIndexOf('/') + 1)];
    }

    /// <summary>The folder of the theme's files in a site written to <paramref name="outputDirectory"/>, found from its home page.</summary>
    public static string ThemeFolder(string outputDirectory) =>
        ThemeFolderOf("index.html", Parse(File.ReadAllText(Path.Combine(outputDirectory, "index.html"))));
}
