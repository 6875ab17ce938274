using System.Xml.Linq;
using Portal.Output;

namespace Portal.Sitemap;

/// <summary>sitemap.xml (every page, absolute URLs under the base URL, with its language versions) and robots.txt.</summary>
public static class SitemapWriter
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <param name="pages">Each page's route and its versions by language.</param>
    public static OutputFile Sitemap(Uri baseUrl, IEnumerable<(Route Route, IReadOnlyList<(string Language, Route Route)> Versions)> pages)
    {
        var urls = pages
            .OrderBy(p => p.Route.Path, StringComparer.Ordinal)
            .Select(p => new XElement(
                Sitemaps + "url",
                new XElement(Sitemaps + "loc", p.Route.AbsoluteUnder(baseUrl)),
                p.Versions.Select(v => new XElement(
                    Xhtml + "link",
                    new XAttribute("rel", "alternate"),
                    new XAttribute("hreflang", v.Language),
                    new XAttribute("href", v.Route.AbsoluteUnder(baseUrl))))));
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Sitemaps + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));
        using var writer = new Utf8StringWriter();
        document.Save(writer);
        return OutputFile.Text("sitemap.xml", writer + "\n");
    }

    public static OutputFile Robots(Uri baseUrl) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {new Route("sitemap.xml").AbsoluteUnder(baseUrl)}\n");

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
