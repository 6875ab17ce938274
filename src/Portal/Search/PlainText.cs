using System.Buffers;
using System.Net;

namespace Portal.Search;

/// <summary>The text of a page's HTML body as a reader sees it: tags gone, character references decoded, white space collapsed.</summary>
public static class PlainText
{
    /// <param name="atLeast">Where the caller needs only the start: reading stops once the text is this long.</param>
    public static string FromHtml(string html, int atLeast = int.MaxValue)
    {
        // The text is never longer than its HTML (a tag or a reference is longer than the space or the character it
        // becomes), so one pooled buffer of that length holds it: no builder growing and copying for each page.
        var buffer = ArrayPool<char>.Shared.Rent(html.Length);
        var text = new TextWriter(buffer);
        var index = 0;
        while (index < html.Length && text.Length < atLeast)
        {
            var tag = html.IndexOf('<', index);
            var end = tag < 0 ? html.Length : tag;
            AppendDecoded(ref text, html.AsSpan(index, end - index));
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
                text.AppendCollapsed(" ");
            }

            index = close < 0 ? html.Length : close + (isComment ? 3 : 1);
        }

        var result = text.ToString();
        ArrayPool<char>.Shared.Return(buffer);
        return result;
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

    private static void AppendDecoded(ref TextWriter text, ReadOnlySpan<char> part) =>
        text.AppendCollapsed(part.IndexOf('&') < 0 ? part : WebUtility.HtmlDecode(part.ToString()));

    /// <summary>Text written into a buffer long enough for it, each run of white space as one space.</summary>
    private ref struct TextWriter(Span<char> buffer)
    {
        private readonly Span<char> buffer = buffer;

        public int Length { get; private set; }

        /// <summary>Appends <paramref name="part"/> with each run of white space as one space, none at the start.</summary>
        public void AppendCollapsed(ReadOnlySpan<char> part)
        {
            // A character at a time: between two spaces stand a few letters, too few for a vectorised search to pay
            // for starting (perf at 25,000 relationships: 3.0 % of a build's samples with SearchValues, 0.6 % with
            // this loop). char.IsWhiteSpace looks Latin-1 up in a table.
            var length = Length;
            foreach (var c in part)
            {
                if (!char.IsWhiteSpace(c))
                {
                    buffer[length++] = c;
                }
                else if (length > 0 && buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                }
            }

            Length = length;
        }

        /// <summary>The text, without a space at its end.</summary>
        public override readonly string ToString() => new(buffer[..(Length > 0 && buffer[Length - 1] == ' ' ? Length - 1 : Length)]);
    }
}
