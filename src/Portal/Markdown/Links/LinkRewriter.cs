using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Portal.Markdown.Links;

/// <summary>
/// Rewrites every link and image in a body: a link to a content file (<c>../partners/huddinge/vanda.md</c>) becomes a
/// link to its page, an asset link a path to the copied file. Unsafe schemes and links to missing files are errors,
/// and such a link is reduced to its text so nothing unsafe or broken is published.
/// </summary>
public static class LinkRewriter
{
    public static void Rewrite(MarkdownDocument document, ContentText text, ILinkResolver resolver, DiagnosticBag diagnostics)
    {
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!UrlSafety.IsAllowed(autolink.Url))
            {
                Report(diagnostics, text, autolink, autolink.Url);
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.Url ?? string.Empty;
            if (!UrlSafety.IsAllowed(url))
            {
                Report(diagnostics, text, link, url);
                Unwrap(link);
                continue;
            }

            var external = UrlSafety.SchemeOf(url) is not null || url.StartsWith("//", StringComparison.Ordinal);
            if (external && link.IsImage)
            {
                // An image from another server is fetched by every visitor's browser, handing it their address.
                diagnostics.Error(
                    DiagnosticCodes.ExternalResource,
                    MarkdownSource.LocationOf(text, link),
                    $"the image '{Shorten(url)}' is on another server; save it under assets/ and link to it there, so no visitor's browser contacts another site");
                link.Remove();
                continue;
            }

            if (external || url.Length == 0 || url.StartsWith('#'))
            {
                continue;
            }

            var resolved = ResolveRelative(url, text, resolver, out var problem);
            if (resolved is null)
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, MarkdownSource.LocationOf(text, link), problem!);
                Unwrap(link);
                continue;
            }

            link.Url = resolved;
        }
    }

    private static string? ResolveRelative(string url, ContentText text, ILinkResolver resolver, out string? problem)
    {
        problem = null;
        var cut = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(cut >= 0 ? url[..cut] : url);
        var suffix = cut >= 0 ? url[cut..] : string.Empty;
        var directory = Path.GetDirectoryName(text.Source.RelativePath)?.Replace('\\', '/') ?? string.Empty;
        var combined = path.StartsWith('/') ? path : $"/{directory}/{path}";
        if (RelativePaths.HasControlCharacter(path))
        {
            problem = $"the link '{url}' holds a control character (such as %00); remove it";
            return null;
        }

        var normalised = RelativePaths.Resolve(combined);
        var isPage = normalised.EndsWith(".md", StringComparison.Ordinal);
        var isFile = isPage || normalised.StartsWith("assets/", StringComparison.Ordinal);
        if (isFile && resolver.Resolve(normalised) is { } href)
        {
            return href + suffix;
        }

        // The file the link most likely meant: another name in its folder, or its name in another folder (a "../" too few).
        var meant = resolver.Nearest(normalised) is { } near ? $"did you mean '{Suggested(path, text.Source.RelativePath, near)}{suffix}'?" : null;
        problem = !isFile
            ? $"the link '{url}' points to neither a content file (.md) nor a file under assets/; {meant ?? "link to the .md file of the page you mean"}"
            : $"the link '{url}' points to input/{normalised}, which does not exist{(meant is not null ? "; " + meant : isPage ? "; check the path relative to this file" : string.Empty)}";
        return null;
    }

    /// <summary>A file the link may have meant, written as the link was: from the root when it began with '/', else from the linking file.</summary>
    private static string Suggested(string written, string from, string file) =>
        (written.StartsWith('/') ? "/" + file : RelativePaths.Relative(from.Replace('\\', '/'), file)).Replace(" ", "%20", StringComparison.Ordinal);

    private static void Report(DiagnosticBag diagnostics, ContentText text, Inline link, string url) =>
        diagnostics.Error(
            DiagnosticCodes.UnsafeUrl,
            MarkdownSource.LocationOf(text, link),
            $"the link '{Shorten(url)}' uses the scheme '{UrlSafety.SchemeOf(url)}:', which is not allowed; use https:, mailto:, tel: or a relative link");

    private static string Shorten(string url) => url.Length > 40 ? url[..40] + "…" : url;

    /// <summary>Replaces a link by its text (an image by nothing), keeping what the reader reads.</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.Remove();
            return;
        }

        var children = link.ToList();
        Inline anchor = link;
        foreach (var child in children)
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }

        link.Remove();
    }
}
