using System.Net;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Markdown.Links;

namespace Portal.Markdown.RawHtml;

/// <summary>
/// The raw-HTML policy (docs/redaktorsguide.md, "HTML i texten"): a small set of inline formatting tags without
/// attributes is kept; every other tag, and every HTML block, is removed with a warning at its line. Comments are
/// dropped silently. Attributes given with the {…} syntax keep only id, class, lang and dir.
/// </summary>
public static partial class RawHtmlFilter
{
    private static readonly string[] SafeAttributes = ["id", "class", "lang", "dir"];

    public static void Apply(MarkdownDocument document, ContentText text, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<HtmlBlock>().ToList())
        {
            if (block.Type != HtmlBlockType.Comment && !ReportUnsafeUrls(diagnostics, text, block, block.Lines.ToString()))
            {
                Warn(diagnostics, text, block, FirstTag(block.Lines.ToString()));
            }

            block.Parent?.Remove(block);
        }

        var inlines = document.Descendants<HtmlInline>().ToList();
        foreach (var inline in inlines)
        {
            if (!SafeInlineTag().IsMatch(inline.Tag))
            {
                // A closing tag goes with its opening one, which was reported already.
                if (!inline.Tag.StartsWith("<!--", StringComparison.Ordinal) && !inline.Tag.StartsWith("</", StringComparison.Ordinal)
                    && !ReportUnsafeUrls(diagnostics, text, inline, inline.Tag))
                {
                    Warn(diagnostics, text, inline, FirstTag(inline.Tag));
                }

                inline.Remove();
            }
        }

        // Only kept inline tags can be unpaired: most texts have none, and need no walk through every paragraph.
        if (inlines.Exists(inline => inline.Parent is not null))
        {
            foreach (var leaf in document.Descendants<LeafBlock>().Where(l => l.Inline is not null))
            {
                BalanceTags(leaf.Inline!, text, diagnostics);
            }
        }

        foreach (var node in document.Descendants())
        {
            SanitizeAttributes(node, text, diagnostics);
        }
    }

    /// <summary>
    /// Kept tags must pair up within their paragraph: an unclosed &lt;b&gt; would otherwise swallow the rest of the
    /// page, and a stray closing tag is invalid HTML. Unpaired tags are removed with a warning.
    /// </summary>
    private static void BalanceTags(ContainerInline inlines, ContentText text, DiagnosticBag diagnostics)
    {
        var open = new List<(string Name, HtmlInline Node)>();
        foreach (var tag in inlines.Descendants<HtmlInline>().ToList())
        {
            var match = TagName().Match(tag.Tag);
            var name = match.Groups[1].Value.ToLowerInvariant();
            if (name is "br" or "wbr" || tag.Tag.EndsWith("/>", StringComparison.Ordinal))
            {
                continue;
            }

            if (!tag.Tag.StartsWith("</", StringComparison.Ordinal))
            {
                open.Add((name, tag));
                continue;
            }

            var opener = open.FindLastIndex(o => o.Name == name);
            if (opener < 0)
            {
                Unpaired(tag, $"</{name}> closes nothing");
                continue;
            }

            foreach (var (innerName, inner) in open.Skip(opener + 1))
            {
                Unpaired(inner, $"<{innerName}> is not closed before </{name}>");
            }

            open.RemoveRange(opener, open.Count - opener);
        }

        foreach (var (name, node) in open)
        {
            Unpaired(node, $"<{name}> is never closed");
        }

        void Unpaired(HtmlInline node, string problem)
        {
            diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved, MarkdownSource.LocationOf(text, node), $"the HTML tag was removed: {problem} in this paragraph");
            node.Remove();
        }
    }

    private static void SanitizeAttributes(MarkdownObject node, ContentText text, DiagnosticBag diagnostics)
    {
        if (node.TryGetAttributes() is not { } attributes)
        {
            return;
        }

        if (attributes.Id is { } id && !ValidToken().IsMatch(id))
        {
            attributes.Id = null;
            diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved, MarkdownSource.LocationOf(text, node), $"the id '{id}' was removed; an id is one word without spaces or quotes");
        }

        if (attributes.Classes is { } classes)
        {
            foreach (var name in classes.Where(c => !ValidToken().IsMatch(c)).ToList())
            {
                classes.Remove(name);
                diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved, MarkdownSource.LocationOf(text, node), $"the class '{name}' was removed; a class is one word without quotes");
            }
        }

        if (attributes.Properties is { } properties)
        {
            foreach (var property in properties.ToList().Where(p => !IsValidValue(p.Key.ToLowerInvariant(), p.Value)))
            {
                properties.Remove(property);
                diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved, MarkdownSource.LocationOf(text, node), $"the attribute {property.Key}='{property.Value}' was removed; lang takes a language code such as sv or en-GB, dir takes ltr, rtl or auto");
            }

            foreach (var property in properties.ToList().Where(p => !SafeAttributes.Contains(p.Key.ToLowerInvariant())))
            {
                properties.Remove(property);
                diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved, MarkdownSource.LocationOf(text, node), $"the attribute '{property.Key}' was removed; only id, class, lang and dir may be set with {{…}}");
            }
        }
    }

    private static bool IsValidValue(string name, string? value) => name switch
    {
        "lang" => value is not null && LanguageTag().IsMatch(value),
        "dir" => value is "ltr" or "rtl" or "auto",
        _ => true,
    };

    /// <summary>
    /// A removed tag that links with a scheme a Markdown link may not use (<c>&lt;a href="javascript:…"&gt;</c>) is an
    /// error, as such a Markdown link is, not only a removal: it is reported at the attribute instead of the warning.
    /// Browsers decode character references in attributes, so the value is decoded before its scheme is read.
    /// </summary>
    private static bool ReportUnsafeUrls(DiagnosticBag diagnostics, ContentText text, MarkdownObject node, string html)
    {
        var found = false;
        foreach (Match match in UrlAttribute().Matches(html))
        {
            var value = WebUtility.HtmlDecode(match.Groups["value"].Value);
            if (UrlSafety.IsAllowed(value))
            {
                continue;
            }

            var shown = value.Length > 40 ? value[..40] + "…" : value;
            diagnostics.Error(
                DiagnosticCodes.UnsafeUrl,
                LocationIn(text, node, html, match.Index),
                $"the HTML {FirstTag(html[Math.Max(0, html.LastIndexOf('<', match.Index))..])} points to '{shown}', whose scheme '{UrlSafety.SchemeOf(value)}:' is not allowed; write a Markdown link [text](https://…) instead");
            found = true;
        }

        return found;
    }

    /// <summary>The place of a character of a node's HTML, which may span lines.</summary>
    private static SourceLocation LocationIn(ContentText text, MarkdownObject node, string html, int offset)
    {
        var start = MarkdownSource.LocationOf(text, node);
        var before = html[..offset];
        var newline = before.LastIndexOf('\n');
        return newline < 0
            ? start with { Column = start.Column + offset }
            : start with { Line = start.Line + before.Count(c => c == '\n'), Column = offset - newline };
    }

    private static void Warn(DiagnosticBag diagnostics, ContentText text, MarkdownObject node, string tag) =>
        diagnostics.Warning(
            DiagnosticCodes.RawHtmlRemoved,
            MarkdownSource.LocationOf(text, node),
            $"the HTML {tag} was removed; write Markdown instead (raw HTML is limited to simple inline tags such as <sup>, <sub>, <abbr>, <br>)");

    private static string FirstTag(string html)
    {
        var match = TagName().Match(html);
        return match.Success ? $"<{match.Groups[1].Value.ToLowerInvariant()}>" : "block";
    }

    [GeneratedRegex(@"^</?(?:abbr|b|br|cite|code|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|strong|sub|sup|u|var|wbr)\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex SafeInlineTag();

    [GeneratedRegex(@"^[^\s""'<>`=]+$")]
    private static partial Regex ValidToken();

    [GeneratedRegex(@"^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"<\s*/?\s*([a-zA-Z][a-zA-Z0-9-]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"\b(?:href|src|srcset|action|formaction|poster|data|background|cite|longdesc|ping|manifest|codebase|archive|lowsrc|dynsrc)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'<>`]+))", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();
}
