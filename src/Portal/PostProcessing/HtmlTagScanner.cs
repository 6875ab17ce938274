using System.Runtime.CompilerServices;
using System.Text;

namespace Portal.PostProcessing;

/// <summary>
/// What the link check needs of a page, read from its UTF-8 bytes without building a DOM: every id (and which are
/// headings'), and every <c>a[href]</c>, <c>link[href]</c>, <c>script[src]</c> and <c>img[src]</c> with the line of
/// its tag. It follows the
/// HTML tokenizer (comments, doctypes, end tags, attributes however quoted, the first of two same-named attributes,
/// character references, the raw text of script, style, title and textarea, inline SVG and its CDATA), so it finds
/// what a browser's parser finds, in a fraction of the time a DOM takes. It does not build the tree, so where the tree
/// builder drops or copies elements (the contents of a template, a form in a form, a tag in a select, an a left open
/// across a new paragraph), closes an svg the page leaves open, or for HTML inside an SVG foreignObject, it may
/// differ: the generator writes none of these, and a test holds it to a DOM on every page of the demo site.
/// </summary>
public static class HtmlTagScanner
{
    public static ParsedPage Scan(ReadOnlySpan<byte> html)
    {
        var scanner = new Scanner(html);
        scanner.Run();
        return new ParsedPage(scanner.Ids, scanner.DuplicateIds, scanner.Links, scanner.HeadingIds);
    }

    private enum TagKind
    {
        Other,
        A,
        Link,
        Script,
        Img,
        /// <summary>What the tree builder renames to img, outside SVG.</summary>
        Image,
        /// <summary>An element whose text runs to its own end tag, whatever it holds: style, title, textarea and the like.</summary>
        RawText,
        /// <summary>Everything after it is text.</summary>
        Plaintext,
        /// <summary>svg or math: inside them raw text is not raw, and CDATA is.</summary>
        Foreign,
        /// <summary>An HTML element that closes the svg or math it is written in, as the tree builder does.</summary>
        Breakout,
        /// <summary>p and br, which close svg or math as end tags too.</summary>
        BreakoutAlsoAsEndTag,
        /// <summary>A font element, which closes svg or math when it has a color, face or size.</summary>
        Font,
    }

    private static TagKind Classify(ReadOnlySpan<byte> name)
    {
        if (name.Length > 10)
        {
            return TagKind.Other;
        }

        Span<char> lower = stackalloc char[name.Length];
        for (var i = 0; i < name.Length; i++)
        {
            lower[i] = (char)(name[i] is >= (byte)'A' and <= (byte)'Z' ? name[i] | 0x20 : name[i]);
        }

        return lower switch
        {
            "a" => TagKind.A,
            "link" => TagKind.Link,
            "script" => TagKind.Script,
            "img" => TagKind.Img,
            "image" => TagKind.Image,
            "style" or "title" or "textarea" or "xmp" or "iframe" or "noembed" or "noframes" => TagKind.RawText,
            "plaintext" => TagKind.Plaintext,
            "svg" or "math" => TagKind.Foreign,
            "p" or "br" => TagKind.BreakoutAlsoAsEndTag,
            "font" => TagKind.Font,
            "b" or "big" or "blockquote" or "body" or "center" or "code" or "dd" or "div" or "dl" or "dt" or "em" or "embed"
                or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "head" or "hr" or "i" or "li" or "listing" or "menu" or "meta"
                or "nobr" or "ol" or "pre" or "ruby" or "s" or "small" or "span" or "strong" or "strike" or "sub" or "sup"
                or "table" or "tt" or "u" or "ul" or "var" => TagKind.Breakout,
            _ => TagKind.Other,
        };
    }

    private static bool IsHeading(ReadOnlySpan<byte> name) => name.Length == 2 && (name[0] | 0x20) == 'h' && name[1] is >= (byte)'1' and <= (byte)'6';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\f' or (byte)'\r';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTagNameEnd(byte b) => IsWhitespace(b) || b is (byte)'/' or (byte)'>';

    private static bool IsAsciiLetter(byte b) => char.IsAsciiLetter((char)b);

    /// <summary>A tag as the tokenizer emits it, with where the values of the attributes the check reads are.</summary>
    private struct Tag
    {
        public int NameStart;
        public int NameEnd;
        public bool SelfClosing;
        public bool HasFontAttribute;
        public Range? Id;
        public Range? Href;
        public Range? Src;
        public Range? XlinkHref;

        /// <summary>Keeps the first value of each attribute the check reads, as the tokenizer drops a repeated attribute.</summary>
        public void Set(ReadOnlySpan<byte> name, Range value)
        {
            switch (name.Length)
            {
                case 2 when Ascii.EqualsIgnoreCase(name, "id"u8):
                    Id ??= value;
                    break;
                case 3 when Ascii.EqualsIgnoreCase(name, "src"u8):
                    Src ??= value;
                    break;
                case 4 when Ascii.EqualsIgnoreCase(name, "href"u8):
                    Href ??= value;
                    break;
                case 4 or 5 when Ascii.EqualsIgnoreCase(name, "face"u8) || Ascii.EqualsIgnoreCase(name, "size"u8) || Ascii.EqualsIgnoreCase(name, "color"u8):
                    HasFontAttribute = true;
                    break;
                case 10 when Ascii.EqualsIgnoreCase(name, "xlink:href"u8):
                    XlinkHref ??= value;
                    break;
            }
        }
    }

    private ref struct Scanner
    {
        private readonly ReadOnlySpan<byte> _html;
        private readonly bool _hasCarriageReturns;
        private int _line = 1;
        private int _lineCountedTo;

        /// <summary>The SVG and MathML elements open, innermost last; null until the page has one.</summary>
        private List<ForeignElement>? _foreign;

        public Scanner(ReadOnlySpan<byte> html)
        {
            _html = html;
            _hasCarriageReturns = html.Contains((byte)'\r');
        }

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public List<string> DuplicateIds { get; } = [];

        public List<PageLink> Links { get; } = [];

        public List<string> HeadingIds { get; } = [];

        public void Run()
        {
            var at = 0;
            while (true)
            {
                var open = _html[at..].IndexOf((byte)'<');
                // A '<' as the last byte is text.
                if (open < 0 || at + open + 1 >= _html.Length)
                {
                    return;
                }

                at += open;
                var next = _html[at + 1];
                at = next switch
                {
                    (byte)'/' => EndTag(at),
                    (byte)'!' => MarkupDeclaration(at),
                    // "<?xml …>" and the like: a bogus comment, to the first '>'.
                    (byte)'?' => PastNext((byte)'>', at + 1),
                    _ when IsAsciiLetter(next) => StartTag(at),
                    // "a < b", "<3": text.
                    _ => at + 1,
                };
            }
        }

        private int StartTag(int at)
        {
            var end = ReadTag(at + 1, out var tag);
            if (end < 0)
            {
                return _html.Length;
            }

            var name = _html[tag.NameStart..tag.NameEnd];
            var kind = Classify(name);
            var foreign = InForeignContent;
            if (foreign && (kind is TagKind.Img or TagKind.Breakout or TagKind.BreakoutAlsoAsEndTag || (kind == TagKind.Font && tag.HasFontAttribute)))
            {
                CloseForeignContent();
                foreign = InForeignContent;
            }

            if (tag.Id is { } id)
            {
                var value = Value(id);
                if (!Ids.Add(value))
                {
                    if (!DuplicateIds.Contains(value))
                    {
                        DuplicateIds.Add(value);
                    }
                }
                else if (!foreign && IsHeading(name))
                {
                    HeadingIds.Add(value);
                }
            }

            // An SVG or MathML link may still be written xlink:href, which browsers follow when there is no href.
            var link = kind switch
            {
                TagKind.A => foreign ? tag.Href ?? tag.XlinkHref : tag.Href,
                TagKind.Link => tag.Href,
                TagKind.Script or TagKind.Img => tag.Src,
                TagKind.Image when !foreign => tag.Src,
                _ => null,
            };
            if (link is { } href)
            {
                Links.Add(new PageLink(Value(href), LineOf(at)));
            }

            if (foreign || kind == TagKind.Foreign)
            {
                // Inside SVG or MathML every element is of the language it starts in; an svg or math starts one.
                if (!tag.SelfClosing)
                {
                    (_foreign ??= []).Add(new ForeignElement(tag.NameStart, tag.NameEnd - tag.NameStart, foreign ? _foreign![^1].IsMath : Ascii.EqualsIgnoreCase(name, "math"u8)));
                }

                return end;
            }

            // In HTML a "/>" does not close a script, style or title: only its end tag does.
            return kind switch
            {
                TagKind.Script => ScriptEnd(end),
                TagKind.RawText => RawTextEnd(end, name),
                TagKind.Plaintext => _html.Length,
                _ => end,
            };
        }

        private int EndTag(int at)
        {
            if (at + 2 >= _html.Length)
            {
                return _html.Length;
            }

            var first = _html[at + 2];
            if (!IsAsciiLetter(first))
            {
                // "</>" is nothing; "</ …>" and "</3…>" are bogus comments.
                return first == '>' ? at + 3 : PastNext((byte)'>', at + 2);
            }

            var end = ReadTag(at + 2, out var tag);
            if (end < 0)
            {
                return _html.Length;
            }

            if (_foreign is not { Count: > 0 } open)
            {
                return end;
            }

            var name = _html[tag.NameStart..tag.NameEnd];
            if (Classify(name) == TagKind.BreakoutAlsoAsEndTag)
            {
                CloseForeignContent();
                return end;
            }

            // An end tag closes the innermost open element of its name and all inside it; one of no open element is ignored.
            for (var i = open.Count - 1; i >= 0; i--)
            {
                if (Ascii.EqualsIgnoreCase(_html.Slice(open[i].NameStart, open[i].NameLength), name))
                {
                    open.RemoveRange(i, open.Count - i);
                    break;
                }
            }

            return end;
        }

        /// <summary>
        /// Whether a start tag here is SVG or MathML: inside an svg or math element, unless in one of the elements
        /// whose content is HTML again (an SVG title, desc or foreignObject; a MathML mi, mo, mn, ms or mtext).
        /// </summary>
        private readonly bool InForeignContent => _foreign is { Count: > 0 } open && !IsHtmlInside(open[^1]);

        /// <summary>Closes the SVG or MathML elements up to one whose content is HTML, as an HTML element written in them does.</summary>
        private readonly void CloseForeignContent()
        {
            while (_foreign is { Count: > 0 } open && !IsHtmlInside(open[^1]))
            {
                open.RemoveAt(open.Count - 1);
            }
        }

        private readonly bool IsHtmlInside(ForeignElement element)
        {
            var name = _html.Slice(element.NameStart, element.NameLength);
            return element.IsMath
                ? name.Length is 2 or 5 && (Ascii.EqualsIgnoreCase(name, "mi"u8) || Ascii.EqualsIgnoreCase(name, "mo"u8)
                    || Ascii.EqualsIgnoreCase(name, "mn"u8) || Ascii.EqualsIgnoreCase(name, "ms"u8) || Ascii.EqualsIgnoreCase(name, "mtext"u8))
                : Ascii.EqualsIgnoreCase(name, "title"u8) || Ascii.EqualsIgnoreCase(name, "desc"u8) || Ascii.EqualsIgnoreCase(name, "foreignObject"u8);
        }

        private readonly int MarkupDeclaration(int at)
        {
            var rest = _html[(at + 2)..];
            if (rest.StartsWith("--"u8))
            {
                return CommentEnd(at + 4);
            }

            // CDATA is SVG's and MathML's, also in the elements of theirs that hold HTML.
            if (_foreign is { Count: > 0 } && rest.StartsWith("[CDATA["u8))
            {
                var close = rest.IndexOf("]]>"u8);
                return close < 0 ? _html.Length : at + 2 + close + 3;
            }

            // A doctype ends at its first '>', even one in quotes, as any other "<!…>" (a bogus comment) does.
            return PastNext((byte)'>', at + 2);
        }

        /// <summary>
        /// Past the comment whose text starts at <paramref name="text"/>: "&lt;!--&gt;" and "&lt;!---&gt;" are whole
        /// comments, any other ends at the first "--&gt;" or "--!&gt;".
        /// </summary>
        private readonly int CommentEnd(int text)
        {
            var rest = _html[text..];
            if (rest.StartsWith(">"u8))
            {
                return text + 1;
            }

            if (rest.StartsWith("->"u8))
            {
                return text + 2;
            }

            for (var from = 0; ;)
            {
                var dashes = rest[from..].IndexOf("--"u8);
                if (dashes < 0)
                {
                    return _html.Length;
                }

                from += dashes;
                var after = rest[(from + 2)..];
                if (after.StartsWith(">"u8) || after.StartsWith("!>"u8))
                {
                    return text + from + 2 + after.IndexOf((byte)'>') + 1;
                }

                from++;
            }
        }

        /// <summary>
        /// Reads a tag from its name to its '>' and returns the position after it, or -1 when the page ends first (the
        /// tokenizer then drops the tag).
        /// </summary>
        private readonly int ReadTag(int at, out Tag tag)
        {
            tag = new Tag { NameStart = at };
            while (at < _html.Length && !IsTagNameEnd(_html[at]))
            {
                at++;
            }

            tag.NameEnd = at;
            while (true)
            {
                at = SkipWhitespace(at);
                if (at >= _html.Length)
                {
                    return -1;
                }

                if (_html[at] == '>')
                {
                    return at + 1;
                }

                if (_html[at] == '/')
                {
                    // A '/' between attributes is ignored; one right before the '>' makes the tag self-closing.
                    at++;
                    if (at < _html.Length && _html[at] == '>')
                    {
                        tag.SelfClosing = true;
                        return at + 1;
                    }

                    continue;
                }

                // A name runs to whitespace, '/', '>' or '=', and may start with '='.
                var nameStart = at++;
                while (at < _html.Length && !IsTagNameEnd(_html[at]) && _html[at] != '=')
                {
                    at++;
                }

                var name = _html[nameStart..at];
                at = SkipWhitespace(at);
                var value = at..at;
                if (at < _html.Length && _html[at] == '=')
                {
                    at = SkipWhitespace(at + 1);
                    if (at >= _html.Length)
                    {
                        return -1;
                    }

                    var quote = _html[at];
                    if (quote is (byte)'"' or (byte)'\'')
                    {
                        var close = _html[(at + 1)..].IndexOf(quote);
                        if (close < 0)
                        {
                            return -1;
                        }

                        value = (at + 1)..(at + 1 + close);
                        at += close + 2;
                    }
                    else
                    {
                        var start = at;
                        while (at < _html.Length && !IsWhitespace(_html[at]) && _html[at] != '>')
                        {
                            at++;
                        }

                        value = start..at;
                    }
                }

                tag.Set(name, value);
            }
        }

        /// <summary>
        /// Where a script's text ends: at "&lt;/script", unless a "&lt;!--" before it opened an escaped part in which a
        /// "&lt;script" opened a nested part that this "&lt;/script" only closes. "--&gt;" ends the escaped part.
        /// </summary>
        private readonly int ScriptEnd(int from)
        {
            var state = ScriptText.Plain;
            var dashes = 0;
            for (var at = from; at < _html.Length; at++)
            {
                switch (_html[at])
                {
                    case (byte)'-':
                        dashes++;
                        continue;
                    case (byte)'>' when dashes >= 2:
                        state = ScriptText.Plain;
                        break;
                    case (byte)'<' when state != ScriptText.Nested && IsEndTag(at, "script"u8):
                        return at;
                    case (byte)'<' when state == ScriptText.Plain && _html[at..].StartsWith("<!--"u8):
                        state = ScriptText.Escaped;
                        break;
                    case (byte)'<' when state == ScriptText.Escaped && IsTag(at + 1, "script"u8):
                        state = ScriptText.Nested;
                        break;
                    case (byte)'<' when state == ScriptText.Nested && IsEndTag(at, "script"u8):
                        state = ScriptText.Escaped;
                        break;
                }

                dashes = 0;
            }

            return _html.Length;
        }

        /// <summary>Where the text of a style, title, textarea or the like ends: at its own end tag, whatever it holds before.</summary>
        private readonly int RawTextEnd(int from, ReadOnlySpan<byte> name)
        {
            for (var at = from; ;)
            {
                var close = _html[at..].IndexOf("</"u8);
                if (close < 0)
                {
                    return _html.Length;
                }

                at += close;
                if (IsEndTag(at, name))
                {
                    return at;
                }

                at += 2;
            }
        }

        /// <summary>Whether the end tag of <paramref name="name"/> starts at <paramref name="at"/>.</summary>
        private readonly bool IsEndTag(int at, ReadOnlySpan<byte> name) =>
            _html[at..].StartsWith("</"u8) && IsTag(at + 2, name);

        /// <summary>Whether <paramref name="name"/> (any case) is at <paramref name="at"/>, followed by whitespace, '/' or '>'.</summary>
        private readonly bool IsTag(int at, ReadOnlySpan<byte> name) =>
            at + name.Length < _html.Length
            && Ascii.EqualsIgnoreCase(_html.Slice(at, name.Length), name)
            && IsTagNameEnd(_html[at + name.Length]);

        private readonly int SkipWhitespace(int at)
        {
            while (at < _html.Length && IsWhitespace(_html[at]))
            {
                at++;
            }

            return at;
        }

        private readonly int PastNext(byte b, int from)
        {
            var found = _html[from..].IndexOf(b);
            return found < 0 ? _html.Length : from + found + 1;
        }

        /// <summary>An attribute's value as the tokenizer gives it: line breaks made \n, NUL made U+FFFD, references decoded.</summary>
        private readonly string Value(Range range)
        {
            var value = Encoding.UTF8.GetString(_html[range]);
            if (value.Contains('\r'))
            {
                value = value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            }

            if (value.Contains('\0'))
            {
                value = value.Replace('\0', '\uFFFD');
            }

            return CharacterReferences.DecodeAttribute(value);
        }

        /// <summary>The line of <paramref name="at"/>, counted on from the last one asked for: \n, \r\n and \r each end a line.</summary>
        private int LineOf(int at)
        {
            var text = _html[_lineCountedTo..at];
            _line += text.Count((byte)'\n') + (_hasCarriageReturns ? text.Count((byte)'\r') - text.Count("\r\n"u8) : 0);
            _lineCountedTo = at;
            return _line;
        }
    }

    /// <summary>An open SVG or MathML element: where its name is in the page, and which language it is of.</summary>
    private readonly record struct ForeignElement(int NameStart, int NameLength, bool IsMath);

    /// <summary>The parts of a script's text that decide which "&lt;/script" ends it.</summary>
    private enum ScriptText
    {
        Plain,
        /// <summary>After "&lt;!--".</summary>
        Escaped,
        /// <summary>After "&lt;!--" and then "&lt;script".</summary>
        Nested,
    }
}
