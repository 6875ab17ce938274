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
        return ups + string.Join('/', toParts[common..]);
    }

    public Uri AbsoluteUnder(Uri baseUrl) => new(baseUrl, Path);

    public override string ToString() => Path;
}
