using System.Collections.Concurrent;
using Portal.Output;

namespace Portal.PostProcessing;

/// <summary>
/// Reads every written page (<see cref="HtmlTagScanner"/>) and checks that each internal link, script, stylesheet and
/// image resolves to a file of the site, each <c>#anchor</c> to an id on the target page, and that no id is used twice
/// on a page. A problem that comes from a page's text is reported in its content file, at the text when it can be found.
/// </summary>
public static class InternalLinkChecker
{
    /// <summary>Checks files in memory, reading each page first.</summary>
    /// <param name="pageSources">The content file each page's text comes from, by page path.</param>
    public static IReadOnlyList<Diagnostic> Check(
        IReadOnlyList<OutputFile> files,
        string basePath,
        string displayOutput,
        IReadOnlyDictionary<string, SourceFile> pageSources) =>
        Check(
            files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal),
            files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal) && f.Content is not null).AsParallel().ToDictionary(f => f.Path, f => ParsedPage.Parse(f.Content!), StringComparer.Ordinal),
            basePath,
            displayOutput,
            pageSources);

    /// <param name="paths">Every file of the site.</param>
    /// <param name="pages">Every page of the site, read, by path.</param>
    /// <param name="pageSources">The content file each page's text comes from, by page path.</param>
    public static IReadOnlyList<Diagnostic> Check(
        IReadOnlySet<string> paths,
        IReadOnlyDictionary<string, ParsedPage> pages,
        string basePath,
        string displayOutput,
        IReadOnlyDictionary<string, SourceFile> pageSources)
    {
        var problems = new List<Diagnostic>();
        foreach (var (page, id) in pages.SelectMany(p => p.Value.DuplicateIds.Distinct().Select(id => (Page: p.Key, Id: id))))
        {
            var at = pageSources.TryGetValue(page, out var source)
                ? Locate(source, "#" + id) ?? SourceLocation.StartOf(source.DisplayPath)
                : SourceLocation.StartOf($"{displayOutput}/{page}");
            problems.Add(new Diagnostic(Severity.Error, DiagnosticCodes.DuplicateId, $"the id '{id}' is used twice on the page {page}; a heading or {{#{id}}} in the text has the same id as another element: change the heading or give it another {{#id}}", at));
        }

        // Pages in one folder share most of their links (navigation, footer, breadcrumbs): each is resolved once per folder.
        var targets = new ConcurrentDictionary<(string Folder, string Path), string?>();
        string? TargetOf(string page, string folder, string pathPart) =>
            targets.GetOrAdd((folder, pathPart), key => Resolve(page, Uri.UnescapeDataString(key.Path), basePath));

        // The order of the problems is the bag's to set: diagnostics are sorted by place when they are shown.
        problems.AddRange(pages.AsParallel().SelectMany(p =>
        {
            var folder = FolderOf(p.Key);
            return p.Value.Links.Select(link => Problem(p.Key, folder, link)).OfType<Diagnostic>();
        }));
        return problems;

        Diagnostic? Problem(string page, string folder, PageLink link)
        {
            var href = link.Href;
            if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || Markdown.Links.UrlSafety.SchemeOf(href) is not null)
            {
                return null;
            }

            var hash = href.IndexOf('#');
            var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
            var pathPart = hash >= 0 ? href[..hash] : href;
            var query = pathPart.IndexOf('?');
            pathPart = query >= 0 ? pathPart[..query] : pathPart;
            var target = pathPart.Length == 0 ? page : TargetOf(page, folder, pathPart);
            if (target is null || !paths.Contains(target))
            {
                return new Diagnostic(Severity.Error, DiagnosticCodes.BrokenLink, $"the link '{href}' leads to no file of the site", At());
            }

            if (!string.IsNullOrEmpty(fragment) && pages.TryGetValue(target, out var targetPage) && !targetPage.Ids.Contains(fragment))
            {
                return new Diagnostic(Severity.Error, DiagnosticCodes.BrokenLink, $"the link '{href}' points to no element with id '{fragment}'", At());
            }

            return null;

            // Searched only for a problem: a search of the text per link would make a long page's check quadratic.
            SourceLocation At() =>
                pageSources.TryGetValue(page, out var source) && Locate(source, fragment is null ? href : "#" + fragment) is { } inText
                    ? inText
                    : new SourceLocation($"{displayOutput}/{page}", link.Line, 1);
        }
    }

    private static string FolderOf(string page) => page.Contains('/') ? page[..page.LastIndexOf('/')] : string.Empty;

    /// <summary>Where <paramref name="needle"/> first appears in a content file's text, if it does.</summary>
    private static SourceLocation? Locate(SourceFile source, string needle)
    {
        var lines = source.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(needle, StringComparison.Ordinal);
            if (column >= 0)
            {
                return new SourceLocation(source.DisplayPath, i + 1, column + 1);
            }
        }

        return null;
    }

    /// <summary>The site path a link leads to from a page, or null when it leaves the site.</summary>
    /// <param name="href">The link's path, percent-decoded.</param>
    /// <param name="basePath">The base URL's path as the URL has it (percent-encoded: <c>/v%C3%A4norter/</c>).</param>
    public static string? Resolve(string page, string href, string basePath)
    {
        string combined;
        basePath = Uri.UnescapeDataString(basePath);
        if (href.StartsWith('/'))
        {
            if (!href.StartsWith(basePath, StringComparison.Ordinal))
            {
                return null;
            }

            combined = href[basePath.Length..];
        }
        else
        {
            var directory = FolderOf(page);
            combined = directory.Length == 0 ? href : $"{directory}/{href}";
        }

        var parts = new List<string>();
        foreach (var part in combined.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part is not "." and not "")
            {
                parts.Add(part);
            }
        }

        var path = string.Join('/', parts);
        return path.Length == 0 || combined.EndsWith('/') ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
    }
}
