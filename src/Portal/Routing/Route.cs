namespace Portal.Routing;

/// <summary>
/// Where a page or file is written, as a path from the site root ("samarbeten/huddinge/vanda.html").
/// Pages are written as .html files, not folders, so that links work on any static server without
/// index-file or rewrite rules, and even straight from disk.
/// </summary>
public sealed record Route(string Path)
{
    public int Depth => Path.Count(c => c == '/');

    /// <summary>The href from this page to <paramref name="target"/>, relative so the site works from any sub-path.</summary>
    public string HrefTo(Route target)
    {
        var fromDirectory = Path.Split('/')[..^1];
        var toParts = target.Path.Split('/');
        var common = 0;
        while (common < fromDirectory.Length && common < toParts.Length - 1 && fromDirectory[common] == toParts[common])
        {
            common++;
        }

        var ups = string.Concat(Enumerable.Repeat("../", fromDirectory.Length - common));
        return ups + string.Join('/', toParts[common..].Select(Uri.EscapeDataString));
    }

    /// <summary>
    /// The path as a URL path: each segment percent-encoded, so an asset named <c>protokoll 2020.pdf</c> or
    /// <c>årsrapport.pdf</c> is linked as <c>protokoll%202020.pdf</c> and <c>%C3%A5rsrapport.pdf</c>.
    /// </summary>
    public string EscapedPath => string.Join('/', Path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// The absolute URL under <paramref name="baseUrl"/>, as a URI: ASCII only, the host in punycode and the path
    /// percent-encoded, as sitemaps and open data need it, whatever IRI the base URL was written as.
    /// </summary>
    public string AbsoluteUnder(Uri baseUrl) =>
        $"{baseUrl.Scheme}://{baseUrl.IdnHost}{(baseUrl.IsDefaultPort ? string.Empty : ":" + baseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}{baseUrl.AbsolutePath}{EscapedPath}";

    public override string ToString() => Path;
}
