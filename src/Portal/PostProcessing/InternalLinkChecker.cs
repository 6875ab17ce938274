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
        var duplicates = pages.SelectMany(p => p.Value.DuplicateIds.Select(id => (Page: p.Key, Id: id)));
        var links = pages.SelectMany(p => p.Value.Links.Select(l => (Page: p.Key, l.Href, l.Line)));

        var problems = new List<Diagnostic>();
        foreach (var (page, id) in duplicates.Distinct().OrderBy(d => d.Page, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var at = pageSources.TryGetValue(page, out var source)
                ? Locate(source, "#" + id) ?? SourceLocation.StartOf(source.DisplayPath)
                : SourceLocation.StartOf($"{displayOutput}/{page}");
            problems.Add(new Diagnostic(Severity.Error, DiagnosticCodes.DuplicateId, $"the id '{id}' is used twice on the page {page}; a heading or {{#{id}}} in the text has the same id as another element: change the heading or give it another {{#id}}", at));
        }

        foreach (var (page, href, line) in links.OrderBy(l => l.Page, StringComparer.Ordinal).ThenBy(l => l.Line).ThenBy(l => l.Href, StringComparer.Ordinal))
        {
            if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || Markdown.Links.UrlSafety.SchemeOf(href) is not null)
            {
                continue;
            }

            var hash = href.IndexOf('#');
            var fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
            var pathPart = hash >= 0 ? href[..hash] : href;
            pathPart = pathPart.Split('?')[0];
            var target = pathPart.Length == 0 ? page : Resolve(page, Uri.UnescapeDataString(pathPart), basePath);
            if (target is null || !paths.Contains(target))
            {
                problems.Add(new Diagnostic(Severity.Error, DiagnosticCodes.BrokenLink, $"the link '{href}' leads to no file of the site", At()));
            }
            else if (!string.IsNullOrEmpty(fragment) && pages.TryGetValue(target, out var targetPage) && !targetPage.Ids.Contains(fragment))
            {
                problems.Add(new Diagnostic(Severity.Error, DiagnosticCodes.BrokenLink, $"the link '{href}' points to no element with id '{fragment}'", At()));
            }

            // Searched only for a problem: a search of the text per link would make a long page's check quadratic.
            SourceLocation At() =>
                pageSources.TryGetValue(page, out var source) && Locate(source, fragment is null ? href : "#" + fragment) is { } inText
                    ? inText
                    : new SourceLocation($"{displayOutput}/{page}", line, 1);
        }

        return problems;
    }

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
            var directory = page.Contains('/') ? page[..page.LastIndexOf('/')] : string.Empty;
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
