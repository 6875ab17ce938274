using System.Buffers;

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
        // Every page links to dozens of others, so this is written without splitting either path: the shared folders
        // are the longest common prefix that ends in '/' within this page's folder (never the target's file name).
        var from = Path.AsSpan();
        var to = target.Path.AsSpan();
        var folderLength = from.LastIndexOf('/') + 1;
        var common = 0;
        for (var i = 0; i < folderLength && i < to.Length && from[i] == to[i]; i++)
        {
            if (from[i] == '/')
            {
                common = i + 1;
            }
        }

        var ups = from[common..folderLength].Count('/');
        if (to[common..].ContainsAnyExcept(UnreservedOrSlash))
        {
            return string.Concat(string.Concat(Enumerable.Repeat("../", ups)), Escape(target.Path[common..]));
        }

        return ups == 0 && common == 0 ? target.Path : string.Create(ups * Up.Length + to.Length - common, (target.Path, common, ups), static (href, state) =>
        {
            for (var i = 0; i < state.ups; i++)
            {
                Up.CopyTo(href[(i * Up.Length)..]);
            }

            state.Path.AsSpan(state.common).CopyTo(href[(state.ups * Up.Length)..]);
        });
    }

    private const string Up = "../";

    /// <summary>The folder of a site path: what comes before its last '/', empty for a file at the site's root.</summary>
    public static ReadOnlySpan<char> FolderOf(string path) => path.AsSpan(0, Math.Max(path.LastIndexOf('/'), 0));

    /// <summary>
    /// The path as a URL path: each segment percent-encoded, so an asset named <c>protokoll 2020.pdf</c> or
    /// <c>årsrapport.pdf</c> is linked as <c>protokoll%202020.pdf</c> and <c>%C3%A5rsrapport.pdf</c>.
    /// </summary>
    public string EscapedPath => Escape(Path);

    /// <summary>A path with each segment percent-encoded; most paths need none, and are returned as they are.</summary>
    private static string Escape(string path) =>
        path.AsSpan().ContainsAnyExcept(UnreservedOrSlash) ? string.Join('/', path.Split('/').Select(Uri.EscapeDataString)) : path;

    /// <summary>What a URL path segment holds unescaped (RFC 3986's unreserved characters), and the separator.</summary>
    private static readonly SearchValues<char> UnreservedOrSlash =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");

    /// <summary>
    /// The absolute URL under <paramref name="baseUrl"/>, as a URI: ASCII only, the host in punycode and the path
    /// percent-encoded, as sitemaps and open data need it, whatever IRI the base URL was written as.
    /// </summary>
    public string AbsoluteUnder(Uri baseUrl) =>
        $"{baseUrl.Scheme}://{baseUrl.IdnHost}{(baseUrl.IsDefaultPort ? string.Empty : ":" + baseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}{baseUrl.AbsolutePath}{EscapedPath}";

    public override string ToString() => Path;
}
