using System.Net;
using System.Text;

namespace Portal.Search;

/// <summary>The text of a page's HTML body as a reader sees it: tags gone, character references decoded, white space collapsed.</summary>
public static class PlainText
{
    public static string FromHtml(string html)
    {
        var text = new StringBuilder(html.Length);
        var index = 0;
        while (index < html.Length)
        {
            var tag = html.IndexOf('<', index);
            var end = tag < 0 ? html.Length : tag;
            AppendDecoded(text, html.AsSpan(index, end - index));
            if (tag < 0)
            {
                break;
            }

            // A block's tag separates words (<li>a</li><li>b</li> is "a b"), an inline one not (<a>Bergen</a>.); a
            // comment or a tag is skipped whole.
            var isComment = string.CompareOrdinal(html, tag, "<!--", 0, 4) == 0;
            var close = isComment ? html.IndexOf("-->", tag + 4, StringComparison.Ordinal) : html.IndexOf('>', tag);
            if (!isComment && SeparatesWords(html.AsSpan(tag + 1, (close < 0 ? html.Length : close) - tag - 1)))
            {
                AppendSpace(text);
            }

            index = close < 0 ? html.Length : close + (isComment ? 3 : 1);
        }

        return Collapse(text);
    }

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    };

    /// <summary>Whether the tag (its text between the angle brackets) starts or ends a block.</summary>
    private static bool SeparatesWords(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        var end = tag.IndexOfAny(" \t\n\r/>");
        var name = end < 0 ? tag : tag[..end];
        return Blocks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);
    }

    /// <summary>At most about <paramref name="length"/> characters of <paramref name="text"/>, cut between words.</summary>
    public static string Start(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)];
    }

    private static void AppendDecoded(StringBuilder text, ReadOnlySpan<char> part)
    {
        if (part.IndexOf('&') < 0)
        {
            text.Append(part);
        }
        else
        {
            text.Append(WebUtility.HtmlDecode(part.ToString()));
        }
    }

    private static void AppendSpace(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != ' ')
        {
            text.Append(' ');
        }
    }

    private static string Collapse(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        var space = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = collapsed.Length > 0;
                    continue;
                }

                if (space)
                {
                    collapsed.Append(' ');
                    space = false;
                }

                collapsed.Append(c);
            }
        }

        return collapsed.ToString();
    }
}
