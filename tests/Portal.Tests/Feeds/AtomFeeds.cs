using System.ServiceModel.Syndication;
using System.Xml;

namespace Portal.Tests.Feeds;

/// <summary>Feeds read as a feed reader reads them: by a real Atom 1.0 parser, never by matching strings.</summary>
internal static class AtomFeeds
{
    /// <summary>The feed as Atom; the parser throws when it is not Atom 1.0.</summary>
    public static SyndicationFeed Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var formatter = new Atom10FeedFormatter();
        Assert.That(formatter.CanRead(reader), Is.True, "the root element is Atom 1.0's feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    /// <summary>The entry's alternate link: its page.</summary>
    public static Uri Page(SyndicationItem item) => item.Links.Single(l => l.RelationshipType == "alternate").Uri;

    /// <summary>The site path an absolute URL under <paramref name="baseUrl"/> names (without its fragment), or null when it is not under it.</summary>
    public static string? SitePath(Uri url, string baseUrl) =>
        url.IsAbsoluteUri && url.GetLeftPart(UriPartial.Query) is { } page && page.StartsWith(baseUrl, StringComparison.Ordinal) ? Uri.UnescapeDataString(page[baseUrl.Length..]) : null;

    /// <summary>Every feed file of a build's output, as site paths.</summary>
    public static IEnumerable<string> FeedPaths(IEnumerable<string> sitePaths) =>
        sitePaths.Where(p => p.EndsWith("atom.xml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
