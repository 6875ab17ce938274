using System.Net;
using System.Text;

namespace Portal.Search;

/// <summary>The text of a page's HTML body as a reader sees it: tags gone, character references decoded, white space collapsed.</summary>
public static class PlainText
{
    /// <param name="atLeast">Where the caller needs only the start: reading stops once the text is this long.</param>
    public static string FromHtml(string html, int atLeast = int.MaxValue)
    {
        var text = new StringBuilder(Math.Min(html.Length / 2, atLeast));
        var index = 0;
        while (index < html.Length && text.Length < atLeast)
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
                AppendCollapsed(text, " ");
            }

            index = close < 0 ? html.Length : close + (isComment ? 3 : 1);
        }

        var length = text.Length > 0 && text[^1] == ' ' ? text.Length - 1 : text.Length;
        return text.ToString(0, length);
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
        if (cut <= length / 2)
        {
            // No space near the end: cut at the length, but not between the two halves of a character.
            cut = char.IsLowSurrogate(text[length]) ? length - 1 : length;
        }

        return text[..cut];
    }

    private static void AppendDecoded(StringBuilder text, ReadOnlySpan<char> part) =>
        AppendCollapsed(text, part.IndexOf('&') < 0 ? part : WebUtility.HtmlDecode(part.ToString()));

    /// <summary>Appends <paramref name="part"/> with each run of white space as one space, none at the start.</summary>
    private static void AppendCollapsed(StringBuilder text, ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (!char.IsWhiteSpace(c))
            {
                text.Append(c);
            }
            else if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }
    }
}
