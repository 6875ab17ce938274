using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Portal.Diagnostics;
using Portal.Model;

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
            if (block.Type != HtmlBlockType.Comment)
            {
                Warn(diagnostics, text, block, FirstTag(block.Lines.ToString()));
            }

            block.Parent?.Remove(block);
        }

        foreach (var inline in document.Descendants<HtmlInline>().ToList())
        {
            if (!SafeInlineTag().IsMatch(inline.Tag))
            {
                // A closing tag goes with its opening one, which was reported already.
                if (!inline.Tag.StartsWith("<!--", StringComparison.Ordinal) && !inline.Tag.StartsWith("</", StringComparison.Ordinal))
                {
                    Warn(diagnostics, text, inline, FirstTag(inline.Tag));
                }

                inline.Remove();
            }
        }

        foreach (var node in document.Descendants())
        {
            SanitizeAttributes(node, text, diagnostics);
        }
    }

    private static void SanitizeAttributes(MarkdownObject node, ContentText text, DiagnosticBag diagnostics)
    {
        if (node.TryGetAttributes() is not { } attributes)
        {
            return;
        }

        if (attributes.Properties is { } properties)
        {
            foreach (var property in properties.ToList().Where(p => !SafeAttributes.Contains(p.Key.ToLowerInvariant())))
            {
                properties.Remove(property);
                diagnostics.Warning(DiagnosticCodes.RawHtmlRemoved, MarkdownSource.LocationOf(text, node), $"the attribute '{property.Key}' was removed; only id, class, lang and dir may be set with {{…}}");
            }
        }
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

    [GeneratedRegex(@"<\s*/?\s*([a-zA-Z][a-zA-Z0-9-]*)")]
    private static partial Regex TagName();
}
