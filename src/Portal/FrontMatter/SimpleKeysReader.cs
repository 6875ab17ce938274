namespace Portal.FrontMatter;

/// <summary>
/// Reads the front matter most content files have without a YAML parser: one <c>key: value</c> a line from the first
/// column, each value a plain word or phrase, a quoted text, or a list <c>[a, b]</c> or a map
/// <c>{lat: 58.38, lon: 12.32}</c> of plain words.
/// It gives the nodes and positions <see cref="YamlTreeReader"/> gives; anything else (a comment, a blank line, an escape,
/// a colon or a hash in a plain value, an indented block, a repeated key, a tab or a carriage return, an empty text) it
/// leaves to that reader, which knows all of YAML and reports its errors. YamlDotNet made some 20 KB of objects for each
/// file's few keys: at 25,000 relationships, half of what reading the content allocated.
/// </summary>
public static class SimpleKeysReader
{
    /// <summary>The keys, or null when the text is not of the simple kind.</summary>
    /// <param name="firstLine">The file line the text starts on, so positions are the file's.</param>
    public static YamlMapping? TryRead(string yaml, string displayPath, int firstLine)
    {
        if (yaml.Length == 0 || yaml.AsSpan().IndexOfAny('\r', '\t') >= 0)
        {
            return null;
        }

        var entries = new List<YamlEntry>();
        var line = 0;
        for (var start = 0; start <= yaml.Length; line++)
        {
            var end = yaml.IndexOf('\n', start);
            end = end < 0 ? yaml.Length : end;
            if (ReadEntry(yaml.AsSpan(start, end - start), new Place(displayPath, firstLine + line)) is not { } entry || YamlMapping.Find(entries, entry.Key.Text) is not null)
            {
                return null;
            }

            entries.Add(entry);
            start = end + 1;
        }

        return new YamlMapping(entries, new SourceLocation(displayPath, firstLine, 1));
    }

    /// <summary>A line of the file, for the positions of what is on it.</summary>
    private readonly record struct Place(string DisplayPath, int Line)
    {
        public SourceLocation At(int index) => new(DisplayPath, Line, index + 1);
    }

    /// <summary><c>key: value</c> from the line's first column, or null.</summary>
    private static YamlEntry? ReadEntry(ReadOnlySpan<char> line, Place place)
    {
        var keyEnd = KeyEnd(line, 0);
        if (keyEnd < 0 || !line[keyEnd..].StartsWith(": "))
        {
            return null;
        }

        var valueStart = SkipSpaces(line, keyEnd + 1);
        var key = new YamlScalar(line[..keyEnd].ToString(), IsPlain: true, place.At(0));
        YamlValue? value = valueStart == line.Length ? null : line[valueStart] switch
        {
            '[' => ReadList(line, valueStart, place),
            '{' => ReadMap(line, valueStart, place),
            '"' or '\'' => ReadQuoted(line, valueStart, place),
            _ => ReadWords(line, valueStart, place),
        };
        return value is null ? null : new YamlEntry(key, value);
    }

    /// <summary>A plain value to the end of the line, its trailing spaces trimmed as YAML trims them.</summary>
    private static YamlScalar? ReadWords(ReadOnlySpan<char> line, int start, Place place)
    {
        var text = line[start..].TrimEnd(' ');
        if (!StartsPlain(text))
        {
            return null;
        }

        foreach (var c in text)
        {
            if (!IsWordCharacter(c) && c is not ' ' and not ',')
            {
                return null;
            }
        }

        return new YamlScalar(text.ToString(), IsPlain: true, place.At(start));
    }

    /// <summary>
    /// A value in double or single quotes closing the line, with nothing in it that YAML would read otherwise: no
    /// backslash (an escape in double quotes), no doubled single quote, no control character or surrogate.
    /// </summary>
    private static YamlScalar? ReadQuoted(ReadOnlySpan<char> line, int open, Place place)
    {
        var quote = line[open];
        var close = line[(open + 1)..].IndexOf(quote);
        if (close < 0 || !Closes(line, open + 1 + close))
        {
            return null;
        }

        var text = line.Slice(open + 1, close);
        foreach (var c in text)
        {
            if (c is < ' ' or '\\' or (>= '\u007f' and <= '\u009f') or '\ufeff' or '\ufffe' or '\uffff' || char.IsSurrogate(c))
            {
                return null;
            }
        }

        return new YamlScalar(text.ToString(), IsPlain: false, place.At(open));
    }

    /// <summary><c>[a, b]</c> closing the line, its items plain words.</summary>
    private static YamlSequence? ReadList(ReadOnlySpan<char> line, int open, Place place)
    {
        var items = new List<YamlValue>();
        return ReadFlow(line, open, ']', (text, at) =>
        {
            if (ReadFlowWord(text, at, out var end) is not { } word)
            {
                return -1;
            }

            items.Add(new YamlScalar(word, IsPlain: true, place.At(at)));
            return end;
        })
            ? new YamlSequence(items, place.At(open))
            : null;
    }

    /// <summary><c>{k: v, k2: v2}</c> closing the line, its values plain words and its keys each once.</summary>
    private static YamlMapping? ReadMap(ReadOnlySpan<char> line, int open, Place place)
    {
        var entries = new List<YamlEntry>();
        return ReadFlow(line, open, '}', (text, at) =>
        {
            var keyEnd = KeyEnd(text, at);
            if (keyEnd < 0 || !text[keyEnd..].StartsWith(": "))
            {
                return -1;
            }

            var key = text[at..keyEnd].ToString();
            var valueStart = SkipSpaces(text, keyEnd + 1);
            if (YamlMapping.Find(entries, key) is not null || ReadFlowWord(text, valueStart, out var end) is not { } word)
            {
                return -1;
            }

            entries.Add(new YamlEntry(new YamlScalar(key, IsPlain: true, place.At(at)), new YamlScalar(word, IsPlain: true, place.At(valueStart))));
            return end;
        })
            ? new YamlMapping(entries, place.At(open))
            : null;
    }

    /// <summary>Reads one item of a list or a map at <c>at</c>; returns where it ends, or -1 when it is not simple.</summary>
    private delegate int FlowItemReader(ReadOnlySpan<char> line, int at);

    /// <summary>
    /// Whether the brackets or braces opened at <paramref name="open"/> hold items each <paramref name="readItem"/>
    /// takes, separated by commas, and close the line.
    /// </summary>
    private static bool ReadFlow(ReadOnlySpan<char> line, int open, char close, FlowItemReader readItem)
    {
        var at = SkipSpaces(line, open + 1);
        if (at < line.Length && line[at] == close)
        {
            return Closes(line, at);
        }

        while (true)
        {
            var end = readItem(line, at);
            if (end < 0)
            {
                return false;
            }

            at = SkipSpaces(line, end);
            if (at < line.Length && line[at] == close)
            {
                return Closes(line, at);
            }

            if (at >= line.Length || line[at] != ',')
            {
                return false;
            }

            at = SkipSpaces(line, at + 1);
        }
    }

    /// <summary>A plain word inside brackets or braces (no spaces, no commas), or null; <paramref name="end"/> is after it.</summary>
    private static string? ReadFlowWord(ReadOnlySpan<char> line, int start, out int end)
    {
        end = start;
        while (end < line.Length && IsWordCharacter(line[end]))
        {
            end++;
        }

        var word = line[start..end];
        return StartsPlain(word) ? word.ToString() : null;
    }

    /// <summary>Where a key of letters, digits, '_' and '-' that starts at <paramref name="start"/> ends, or -1.</summary>
    private static int KeyEnd(ReadOnlySpan<char> line, int start)
    {
        var end = start;
        while (end < line.Length && (char.IsAsciiLetterOrDigit(line[end]) || line[end] is '_' or '-'))
        {
            end++;
        }

        return end > start && char.IsAsciiLetter(line[start]) ? end : -1;
    }

    /// <summary>Whether only spaces follow the closing bracket or brace at <paramref name="close"/>.</summary>
    private static bool Closes(ReadOnlySpan<char> line, int close) => SkipSpaces(line, close + 1) == line.Length;

    private static int SkipSpaces(ReadOnlySpan<char> line, int at)
    {
        while (at < line.Length && line[at] == ' ')
        {
            at++;
        }

        return at;
    }

    /// <summary>
    /// Whether a plain value may start so: with a letter or a digit, or a minus before a digit (a negative number,
    /// not a list item); YAML's indicators, quotes and the rest are the parser's.
    /// </summary>
    private static bool StartsPlain(ReadOnlySpan<char> text) =>
        text.Length > 0 && (char.IsLetterOrDigit(text[0]) || (text[0] == '-' && text.Length > 1 && char.IsAsciiDigit(text[1])));

    /// <summary>What a plain word may hold here: letters, digits and a few marks that mean nothing to YAML inside one.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '/' or '(' or ')' or '+';
}
