using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Portal.FrontMatter;

/// <summary>
/// Reads YAML text into <see cref="YamlValue"/> nodes that keep their line and column. It reports
/// duplicate keys, limits aliases (the "billion laughs" attack) and depth, and never throws on bad input.
/// </summary>
public static class YamlTreeReader
{
    public const int MaxAliases = 50;
    public const int MaxDepth = 64;

    /// <param name="firstLine">The file line the YAML text starts on, so positions are the file's, not the snippet's.</param>
    public static YamlValue? Read(string yaml, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        var state = new ReadState(displayPath, firstLine, diagnostics);
        try
        {
            var parser = new TrackingParser(new Parser(new StringReader(yaml)), state);
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, state, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current!;
                diagnostics.Error(DiagnosticCodes.YamlSyntax, state.At(next.Start), "only one YAML document is allowed here; remove the extra '---' or '...'");
                return null;
            }

            return state.Failed ? null : root;
        }
        catch (AliasLimitException ex)
        {
            diagnostics.Error(DiagnosticCodes.YamlAliasLimit, state.At(ex.Start), ex.Reason);
            return null;
        }
        catch (YamlException ex)
        {
            if (FindIndentingTab(yaml) is { } tab)
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, state.At(tab), "a tab character is not allowed in YAML indentation; indent with spaces");
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, state.At(ex.Start), QuoteHint(yaml, ex) ?? DescribeSyntaxError(ex));
            }

            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unclosed [ or { at the end of input.
            diagnostics.Error(DiagnosticCodes.YamlSyntax, state.At(state.LastMark), "this is not valid YAML: a list '[' or a map '{' opened here is not closed; add the closing ']' or '}'");
            return null;
        }
    }

    private static YamlValue ReadNode(IParser parser, ReadState state, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new YamlException(parser.Current!.Start, parser.Current.End, $"the YAML is nested more than {MaxDepth} levels deep");
        }

        switch (parser.Current)
        {
            case AnchorAlias alias:
                parser.MoveNext();
                return state.ResolveAlias(alias);
            case Scalar scalar:
                parser.MoveNext();
                return state.Remember(scalar.Anchor, new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, state.At(scalar.Start)));
            case SequenceStart start:
                {
                    parser.MoveNext();
                    var items = new List<YamlValue>();
                    while (!parser.TryConsume<SequenceEnd>(out _))
                    {
                        items.Add(ReadNode(parser, state, depth + 1));
                    }

                    return state.Remember(start.Anchor, new YamlSequence(items, state.At(start.Start)));
                }

            case MappingStart start:
                {
                    parser.MoveNext();
                    var entries = new List<YamlEntry>();
                    var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var keyNode = ReadNode(parser, state, depth + 1);
                        var value = ReadNode(parser, state, depth + 1);
                        if (keyNode is not YamlScalar key)
                        {
                            state.Diagnostics.Error(DiagnosticCodes.WrongType, keyNode.Location, "a key must be a plain word, not a list or a map");
                            state.Failed = true;
                            continue;
                        }

                        if (seen.TryGetValue(key.Text, out var first))
                        {
                            state.Diagnostics.Error(
                                DiagnosticCodes.DuplicateKey,
                                key.Location,
                                $"duplicate key '{key.Text}' (first given on line {first.Location.Line}); keep one of them");
                            continue;
                        }

                        seen.Add(key.Text, key);
                        entries.Add(new YamlEntry(key, value));
                    }

                    return state.Remember(start.Anchor, new YamlMapping(entries, state.At(start.Start)));
                }

            default:
                throw new YamlException(parser.Current!.Start, parser.Current.End, "unexpected YAML structure");
        }
    }

    /// <summary>
    /// YAML forbids tabs in indentation, but the parser reports the problem where it gave up, which can be lines
    /// away. When the YAML fails and a line is indented with a tab, that tab is almost surely the cause: point at it.
    /// </summary>
    private static Mark? FindIndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var tab = line.IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new Mark(0, index + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// A common YAML error, a colon and a space inside a plain value (<c>title: Kontakt: så når du oss</c>), in
    /// the editor's words: the line as it must be written. Null for any other error, or a line it cannot rewrite.
    /// </summary>
    private static string? QuoteHint(string yaml, YamlException ex)
    {
        var detail = ex.InnerException?.Message ?? ex.Message;
        if (!detail.Contains("found invalid mapping", StringComparison.Ordinal)
            && !detail.Contains("Mapping values are not allowed in this context", StringComparison.Ordinal))
        {
            return null;
        }

        var lines = yaml.Split('\n');
        var index = (int)ex.Start.Line - 1;
        if (index < 0 || index >= lines.Length)
        {
            return null;
        }

        var line = lines[index].TrimEnd('\r');
        var colon = (int)ex.Start.Column - 1;
        var keyEnd = line.IndexOf(": ", StringComparison.Ordinal);
        // The colon the parser stopped at must be a second one, after the key's: on a continued line it is the first.
        if (keyEnd < 0 || colon <= keyEnd || colon + 1 >= line.Length || line[colon] != ':' || line[colon + 1] != ' ')
        {
            return null;
        }

        var key = line[..(keyEnd + 1)].TrimStart();
        var value = line[(keyEnd + 2)..].Trim();
        // A comment after the value stays a comment, outside the quotes.
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        var (text, after) = comment < 0 ? (value, string.Empty) : (value[..comment].TrimEnd(), value[comment..]);
        if (text.Length == 0 || text[0] is '"' or '\'' or '[' or '{' or '|' or '>')
        {
            return null;
        }

        var quoted = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $"text that contains ': ' must be in quotes: {key} \"{quoted}\"{after}";
    }

    private static string DescribeSyntaxError(YamlException ex)
    {
        var message = ex.InnerException?.Message ?? ex.Message;
        var detail = message.Contains("): ", StringComparison.Ordinal) ? message[(message.IndexOf("): ", StringComparison.Ordinal) + 3)..] : message;
        return $"this is not valid YAML ({detail.TrimEnd('.')}); check indentation, colons and quotes";
    }

    /// <summary>A parser that remembers where the last event ended, for errors that come without a position.</summary>
    private sealed class TrackingParser(IParser inner, ReadState state) : IParser
    {
        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (inner.Current is { } current)
            {
                state.LastMark = current.End;
            }

            return moved;
        }
    }

    private sealed class ReadState(string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        public Mark LastMark { get; set; } = Mark.Empty;

        private readonly Dictionary<string, YamlValue> _anchors = new(StringComparer.Ordinal);
        private int _aliases;

        public DiagnosticBag Diagnostics { get; } = diagnostics;

        public bool Failed { get; set; }

        public SourceLocation At(Mark mark) =>
            new(displayPath, firstLine + Math.Max(0, (int)mark.Line - 1), Math.Max(1, (int)mark.Column));

        public YamlValue Remember(AnchorName anchor, YamlValue value)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = value;
            }

            return value;
        }

        public YamlValue ResolveAlias(AnchorAlias alias)
        {
            if (++_aliases > MaxAliases)
            {
                throw new AliasLimitException(alias.Start, alias.End, $"more than {MaxAliases} aliases (*name) in one file; write the values out instead");
            }

            if (_anchors.TryGetValue(alias.Value.Value, out var value))
            {
                return value;
            }

            throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value.Value} refers to no anchor");
        }
    }

    private sealed class AliasLimitException(Mark start, Mark end, string reason) : YamlException(start, end, reason)
    {
        public string Reason { get; } = reason;
    }
}
