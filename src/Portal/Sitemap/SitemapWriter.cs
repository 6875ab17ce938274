using System.Text;
using System.Xml;
using Portal.Output;

namespace Portal.Sitemap;

/// <summary>sitemap.xml (every page, absolute URLs under the base URL, with its language versions) and robots.txt.</summary>
public static class SitemapWriter
{
    private const string Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    private static readonly XmlWriterSettings Settings = new() { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false) };

    /// <param name="pages">Each page's route and its versions by language.</param>
    /// <remarks>Written element by element, not built as a document first: a large site's sitemap is 19 MB at 25,000 relationships.</remarks>
    public static OutputFile Sitemap(Uri baseUrl, IEnumerable<(Route Route, IReadOnlyList<(string Language, Route Route)> Versions)> pages) =>
        OutputFile.Written("sitemap.xml", stream =>
        {
            using (var writer = XmlWriter.Create(stream, Settings))
            {
                Urls(writer, baseUrl, pages);
            }

            stream.WriteByte((byte)'\n');
        });

    private static void Urls(XmlWriter writer, Uri baseUrl, IEnumerable<(Route Route, IReadOnlyList<(string Language, Route Route)> Versions)> pages)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("urlset", Sitemaps);
        writer.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        writer.WriteAttributeString("xmlns", Sitemaps);
        foreach (var (route, versions) in pages.OrderBy(p => p.Route.Path, StringComparer.Ordinal))
        {
            writer.WriteStartElement("url", Sitemaps);
            writer.WriteElementString("loc", Sitemaps, route.AbsoluteUnder(baseUrl));
            foreach (var (language, version) in versions)
            {
                writer.WriteStartElement("xhtml", "link", Xhtml);
                writer.WriteAttributeString("rel", "alternate");
                writer.WriteAttributeString("hreflang", language);
                writer.WriteAttributeString("href", version.AbsoluteUnder(baseUrl));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    public static OutputFile Robots(Uri baseUrl) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\n\nSitemap: {new Route("sitemap.xml").AbsoluteUnder(baseUrl)}\n");
}
