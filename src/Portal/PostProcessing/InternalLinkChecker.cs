using System.Collections.Concurrent;
using Portal.Output;

namespace Portal.PostProcessing;

/// <summary>
/// Checks each page as soon as it is rendered and read (<see cref="HtmlTagScanner"/>): that each internal link,
/// script, stylesheet and image resolves to a file of the site, each <c>#anchor</c> to an id on the target page, and
/// that no id is used twice on a page. Every file's path is known before the first page is rendered, so only a
/// page's ids and its links to other pages' anchors are kept until all pages are in (<see cref="Finish"/>), not every
/// link of every page. A problem that comes from a page's text is reported in its content file, at the text when it
/// can be found. Safe to call from many threads.
/// </summary>
/// <param name="paths">Every file of the site.</param>
/// <param name="basePath">The base URL's path as the URL has it (percent-encoded: <c>/v%C3%A4norter/</c>).</param>
/// <param name="displayOutput">The output folder as diagnostics show it.</param>
/// <param name="pageSources">The content file each page's text comes from, by page path.</param>
public sealed class InternalLinkChecker(
    IReadOnlySet<string> paths,
    string basePath,
    string displayOutput,
    IReadOnlyDictionary<string, SourceFile> pageSources)
{
    // Pages in one folder share most of their links (navigation, footer, breadcrumbs): each is resolved once per folder,
    // and a page looks up its folder's links once, then each link by its path alone. A link that leads to no file of
    // the site is kept as null: every path is known before the first page is checked.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string?>> _targetsByFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _ids = new(StringComparer.Ordinal);

    /// <summary>
    /// The headings a missing anchor is compared with: more are generated text, and each comparison costs the product
    /// of two ids' lengths, so each broken anchor costs a bounded amount however many headings its page has.
    /// </summary>
    private const int MaxHeadingsRanked = 1000;

    // Each page's heading ids, for the hint of a link to a missing anchor; pages of one kind share one list.
    private readonly ConcurrentDictionary<string, string[]> _headings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _headingLists = new(StringComparer.Ordinal);
    private readonly SharedIdSets _idSets = new();
    private readonly ConcurrentQueue<(string Page, PageLink Link, string Target, string Fragment)> _anchorsElsewhere = new();
    private readonly ConcurrentQueue<Diagnostic> _problems = new();

    /// <summary>Checks files in memory, reading each page first.</summary>
    public static IReadOnlyList<Diagnostic> Check(
        IReadOnlyList<OutputFile> files,
        string basePath,
        string displayOutput,
        IReadOnlyDictionary<string, SourceFile> pageSources)
    {
        var checker = new InternalLinkChecker(files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), basePath, displayOutput, pageSources);
        files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Content is not null)
            .AsParallel()
            .ForAll(f => checker.Add(f.Path, ParsedPage.Parse(f.Content!)));
        return checker.Finish();
    }

    /// <summary>
    /// Checks one page: its ids, its links to files and its own anchors now, its links to other pages' anchors when
    /// all pages are in. A second page at a path already added is ignored (two pages at one path are an error found
    /// before the check).
    /// </summary>
    public void Add(string page, ParsedPage parsed)
    {
        if (!_ids.TryAdd(page, _idSets.Share(parsed.Ids)))
        {
            return;
        }

        _headings[page] = _headingLists.GetOrAdd(string.Join('\n', parsed.HeadingIds), static (_, ids) => [.. ids], parsed.HeadingIds);

        foreach (var id in parsed.DuplicateIds.Distinct())
        {
            var at = pageSources.TryGetValue(page, out var source)
                ? Locate(source, "#" + id) ?? SourceLocation.StartOf(source.DisplayPath)
                : SourceLocation.StartOf($"{displayOutput}/{page}");
            _problems.Enqueue(new Diagnostic(Severity.Error, DiagnosticCodes.DuplicateId, $"the id '{id}' is used twice on the page {page}; a heading or {{#{id}}} in the text has the same id as another element: change the heading or give it another {{#id}}", at));
        }

        var targets = _targetsByFolder.GetOrAdd(Route.FolderOf(page).ToString(), static _ => new ConcurrentDictionary<string, string?>(StringComparer.Ordinal));
        foreach (var link in parsed.Links)
        {
            CheckLink(page, targets, parsed, link);
        }
    }

    /// <summary>Every problem found, once every page is added. The diagnostics bag orders them by place.</summary>
    public IReadOnlyList<Diagnostic> Finish()
    {
        foreach (var (page, link, target, fragment) in _anchorsElsewhere)
        {
            if (_ids.TryGetValue(target, out var ids) && !ids.Contains(fragment))
            {
                _problems.Enqueue(MissingAnchor(page, link, fragment, _headings.GetValueOrDefault(target, [])));
            }
        }

        return _problems.ToList();
    }

    /// <param name="targets">The file of the site each link path leads to from the page's folder (null: none), so far.</param>
    private void CheckLink(string page, ConcurrentDictionary<string, string?> targets, ParsedPage parsed, PageLink link)
    {
        var href = link.Href;
        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || Markdown.Links.UrlSafety.SchemeOf(href) is not null)
        {
            return;
        }

        var hash = href.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var pathPart = hash >= 0 ? href[..hash] : href;
        var query = pathPart.IndexOf('?');
        pathPart = query >= 0 ? pathPart[..query] : pathPart;
        // A link to the page itself (only a #fragment or ?query) needs no resolving: the page is a file of the site.
        var target = pathPart.Length == 0
            ? page
            : targets.GetOrAdd(pathPart, static (path, from) => Resolve(from.Page, Uri.UnescapeDataString(path), from.BasePath) is { } resolved && from.Paths.Contains(resolved) ? resolved : null, (Page: page, BasePath: basePath, Paths: paths));
        if (target is null)
        {
            _problems.Enqueue(new Diagnostic(Severity.Error, DiagnosticCodes.BrokenLink, $"the link '{href}' leads to no file of the site", At(page, link, fragment)));
        }
        else if (string.IsNullOrEmpty(fragment))
        {
            return;
        }
        else if (target == page)
        {
            if (!parsed.Ids.Contains(fragment))
            {
                _problems.Enqueue(MissingAnchor(page, link, fragment, parsed.HeadingIds));
            }
        }
        else
        {
            _anchorsElsewhere.Enqueue((page, link, target, fragment));
        }
    }

    /// <summary>
    /// A link to an anchor its page lacks, quoted as the editor wrote it when the text holds it (<c>statistik.md#…</c>,
    /// not the page's <c>statistik.html#…</c>), with the target's headings to choose from, nearest first.
    /// </summary>
    private Diagnostic MissingAnchor(string page, PageLink link, string fragment, IReadOnlyList<string> headings)
    {
        var (at, written) = pageSources.TryGetValue(page, out var source) && LocateWritten(source, "#" + fragment) is { } inText
            ? inText
            : (new SourceLocation($"{displayOutput}/{page}", link.Line, 1), link.Href);
        var hint = headings.Count == 0
            ? "; that page has no headings to link to"
            : "; its headings are: " + string.Join(", ", headings.Take(MaxHeadingsRanked).OrderBy(h => Binding.NearestMatch.Distance(fragment, h)).Take(5).Select(h => "#" + h));
        return new(Severity.Error, DiagnosticCodes.BrokenLink, $"the link '{written}' points to no element with id '{fragment}'{hint}", at);
    }

    /// <summary>Where a problem link stands: in the page's content file when its text holds it, else in the page.</summary>
    /// <remarks>Searched only for a problem: a search of the text per link would make a long page's check quadratic.</remarks>
    private SourceLocation At(string page, PageLink link, string? fragment) =>
        pageSources.TryGetValue(page, out var source) && Locate(source, fragment is null ? link.Href : "#" + fragment) is { } inText
            ? inText
            : new SourceLocation($"{displayOutput}/{page}", link.Line, 1);

    /// <summary>
    /// Where an anchor (<c>#…</c>) first appears in a content file's text, and the link it ends as written there: back
    /// to what opens a Markdown link's address (<c>(</c>, <c>&lt;</c>, a space, a quote).
    /// </summary>
    private static (SourceLocation At, string Written)? LocateWritten(SourceFile source, string anchor)
    {
        if (Find(source, anchor) is not var (at, line))
        {
            return null;
        }

        var start = at.Column - 1;
        while (start > 0 && line[start - 1] is not (' ' or '\t' or '(' or '<' or '"' or '\'' or '=' or '['))
        {
            start--;
        }

        return (at, line[start..(at.Column - 1 + anchor.Length)]);
    }

    /// <summary>Where <paramref name="needle"/> first appears in a content file's text, if it does.</summary>
    private static SourceLocation? Locate(SourceFile source, string needle) => Find(source, needle)?.At;

    private static (SourceLocation At, string Line)? Find(SourceFile source, string needle)
    {
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(needle, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (new SourceLocation(source.DisplayPath, i + 1, column + 1), lines[i]);
            }
        }

        return null;
    }

    /// <summary>The site path a link leads to from a page, or null when it leaves the site.</summary>
    /// <param name="href">The link's path, percent-decoded.</param>
    /// <param name="basePath">The base URL's path as the URL has it (percent-encoded: <c>/v%C3%A4norter/</c>).</param>
    public static string? Resolve(string page, string href, string basePath)
    {
        ReadOnlySpan<char> folder = [];
        ReadOnlySpan<char> path;
        basePath = Uri.UnescapeDataString(basePath);
        if (href.StartsWith('/'))
        {
            if (!href.StartsWith(basePath, StringComparison.Ordinal))
            {
                return null;
            }

            path = href.AsSpan(basePath.Length);
        }
        else
        {
            folder = Route.FolderOf(page);
            path = href;
        }

        // The folder's segments, then the link's, each "." dropped and each ".." taking back the segment before it,
        // written into one buffer: a site's pages make hundreds of thousands of distinct links.
        var length = folder.Length + path.Length + 1;
        var resolved = length <= 512 ? stackalloc char[length] : new char[length];
        var end = 0;
        if (!Append(resolved, ref end, folder) || !Append(resolved, ref end, path))
        {
            return null;
        }

        var endsInFolder = path.Length == 0 ? folder.Length > 0 : path[^1] == '/';
        return end == 0 ? "index.html" : endsInFolder ? string.Concat(resolved[..end], "/index.html") : resolved[..end].ToString();
    }

    /// <summary>Adds a path's segments to the resolved path in <paramref name="resolved"/>; false when a ".." leaves the site.</summary>
    private static bool Append(Span<char> resolved, ref int end, ReadOnlySpan<char> path)
    {
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment is "..")
            {
                if (end == 0)
                {
                    return false;
                }

                end = Math.Max(resolved[..end].LastIndexOf('/'), 0);
            }
            else if (segment is not "." and not "")
            {
                if (end > 0)
                {
                    resolved[end++] = '/';
                }

                segment.CopyTo(resolved[end..]);
                end += segment.Length;
            }
        }

        return true;
    }
}
