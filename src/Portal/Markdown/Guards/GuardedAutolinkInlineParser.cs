using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig's autolink and inline-HTML parser, with a check before each <c>&lt;?</c> and <c>&lt;!</c>: when the end
/// Markdig's <c>HtmlHelper.TryParseHtmlTag</c> would look for (<c>?&gt;</c>, <c>--&gt;</c>, <c>]]&gt;</c>, <c>&gt;</c>)
/// does not occur later in the paragraph, and the text is no autolink, Markdig is given only the opener's two
/// characters, so it fails at once with the same result (a literal <c>&lt;</c>) instead of scanning to the end.
/// </summary>
public sealed class GuardedAutolinkInlineParser(AutolinkOptions options) : AutolinkInlineParser(options)
{
    private static readonly string[] Terminators = ["?>", "-->", "]]>", ">"];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var (text, open, end) = (slice.Text, slice.Start, slice.End);
        var next = slice.PeekChar();
        if (!Options.EnableHtmlParsing || (next != '?' && next != '!'))
        {
            return base.Match(processor, ref slice);
        }

        // Which construct TryParseHtmlTag will try, and where its end may start at the earliest.
        var (kind, from) = next == '?' ? (0, open + 2)
            : Matches(text, open, end, "<!--") ? (1, open + 4)
            : Matches(text, open, end, "<![CDATA[") ? (2, open + 9)
            : open + 2 <= end && text[open + 2].IsAlpha() ? (3, open + 3)
            : (-1, 0);
        if (kind < 0 || Matches(text, open, end, "<!-->") || Matches(text, open, end, "<!--->"))
        {
            return base.Match(processor, ref slice);
        }

        var last = processor.GetParserState<LastTerminators>(this);
        if (last.From[kind] < 0 || from < last.From[kind])
        {
            var found = from <= end ? text.AsSpan(from, end - from + 1).LastIndexOf(Terminators[kind]) : -1;
            (last.From[kind], last.At[kind]) = (from, found < 0 ? -1 : from + found);
        }

        if (last.At[kind] >= from || LinkHelper.TryParseAutolink(slice, out _, out _))
        {
            return base.Match(processor, ref slice);
        }

        slice.End = open + 1;
        try
        {
            return base.Match(processor, ref slice);
        }
        finally
        {
            slice.End = end;
        }
    }

    private static bool Matches(string text, int at, int end, string value) =>
        end - at + 1 >= value.Length && string.CompareOrdinal(text, at, value, 0, value.Length) == 0;

    /// <summary>Per paragraph: the last end of each kind at or after a position, found once.</summary>
    private sealed class LastTerminators
    {
        public int[] From { get; } = [-1, -1, -1, -1];

        public int[] At { get; } = [-1, -1, -1, -1];
    }
}
