using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Portal.Markdown.Guards;

/// <summary>
/// Markdig's link parser, with a check before each <c>](</c>. Markdig's <c>LinkHelper.TryParseUrl</c> ends a plain
/// destination only at white space, a control character, the end of the text or an unmatched <c>)</c>, and
/// <c>TryParseTitle</c> a <c>(</c> title only at its <c>)</c>: with many <c>](</c> and no way to end, each attempt
/// scans to the end of the paragraph and fails, O(n²). This decides, in amortised constant time per <c>](</c>, whether
/// Markdig's attempt can succeed. When it cannot, Markdig is given the text only up to the <c>(</c>, so it fails at
/// once and falls back (to a reference link, or a literal <c>[</c>) as it would have. Links that can succeed are
/// left entirely to Markdig, so every page is parsed as before (checked against Markdig's 897 specification examples
/// and 400,000 random documents). The report for upstream: docs/upstream/markdig-quadratic-links.md.
/// </summary>
public sealed class GuardedLinkInlineParser(LinkOptions options) : LinkInlineParser(options)
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.CurrentChar != ']' || slice.PeekChar() != '(' || processor.TrackTrivia)
        {
            return base.Match(processor, ref slice);
        }

        var (paren, end) = (slice.Start + 1, slice.End);
        if (!processor.GetParserState<DestinationScan>(this).CannotBeInlineLink(slice.Text, paren, end))
        {
            return base.Match(processor, ref slice);
        }

        slice.End = paren;
        try
        {
            return base.Match(processor, ref slice);
        }
        finally
        {
            slice.End = end;
        }
    }

    /// <summary>What is known of one paragraph's text; Markdig clears a parser's state before each leaf block.</summary>
    private sealed class DestinationScan
    {
        private string? _text;
        private int _end = -1;

        // One run of destination characters [_runStart, _runEnd], _runEnd the first space, control character or end:
        // _depth[i] counts unescaped '(' minus ')' in [_runStart, i), _minDepth[i] is the least _depth over [i, _runEnd].
        private int _runStart = -1;
        private int _runEnd = -1;
        private int[] _depth = [];
        private int[] _minDepth = [];

        // For the closers '"', '\'' and ')': the first unescaped one at or after _closeFrom is at _closeAt (-1: none).
        private readonly int[] _closeFrom = [-1, -1, -1];
        private readonly int[] _closeAt = [-1, -1, -1];

        /// <summary>Follows LinkHelper.TryParseInlineLink on text[paren..end]; true only when it must fail.</summary>
        public bool CannotBeInlineLink(string text, int paren, int end)
        {
            if (!ReferenceEquals(text, _text) || end != _end)
            {
                (_text, _end, _runStart, _runEnd) = (text, end, -1, -1);
                Array.Fill(_closeFrom, -1);
            }

            var start = SkipWhitespace(text, paren + 1, end);
            int after;
            if (At(text, start, end) == '<')
            {
                after = PointyDestinationEnd(text, start, end);
                if (after < 0)
                {
                    return true;
                }
            }
            else
            {
                if (start < _runStart || start > _runEnd)
                {
                    ComputeRun(text, start, end);
                }

                var depth = _depth[start - _runStart];
                if (_minDepth[start - _runStart] < depth)
                {
                    // An unmatched ')' ends the destination and the link.
                    return false;
                }

                if (_depth[_runEnd - _runStart] != depth)
                {
                    // A '(' still open where the destination ends.
                    return true;
                }

                after = _runEnd;
            }

            var next = SkipWhitespace(text, after, end);
            var c = At(text, next, end);
            if (c == ')')
            {
                return false;
            }

            // A title needs white space before it, and starts with '"', '\'' or '('.
            var kind = c switch { '"' => 0, '\'' => 1, '(' => 2, _ => -1 };
            if (next == after || kind < 0)
            {
                return true;
            }

            var close = NextCloser(text, kind, c == '(' ? ')' : c, next + 1, end);
            return close < 0 || At(text, SkipWhitespace(text, close + 1, end), end) != ')';
        }

        private void ComputeRun(string text, int start, int end)
        {
            var stop = start;
            while (stop <= end && !text[stop].IsSpaceOrTab() && !text[stop].IsControl())
            {
                stop++;
            }

            if (_depth.Length < stop - start + 1)
            {
                (_depth, _minDepth) = (new int[stop - start + 1], new int[stop - start + 1]);
            }

            var (depth, escaped) = (0, false);
            for (var i = start; i < stop; i++)
            {
                _depth[i - start] = depth;
                var c = text[i];
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    depth--;
                }
            }

            _depth[stop - start] = depth;
            for (int i = stop, least = depth; i >= start; i--)
            {
                _minDepth[i - start] = least = Math.Min(least, _depth[i - start]);
            }

            (_runStart, _runEnd) = (start, stop);
        }

        private int NextCloser(string text, int kind, char closer, int from, int end)
        {
            if (_closeFrom[kind] >= 0 && _closeFrom[kind] <= from && (_closeAt[kind] < 0 || from <= _closeAt[kind]))
            {
                return _closeAt[kind];
            }

            var (at, escaped) = (-1, false);
            for (var i = from; i <= end; i++)
            {
                var c = text[i];
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == closer)
                {
                    at = i;
                    break;
                }
            }

            (_closeFrom[kind], _closeAt[kind]) = (from, at);
            return at;
        }

        /// <summary>The index after the '>' that closes "&lt;…&gt;", or -1 when a '&lt;' or a line break comes first.</summary>
        private static int PointyDestinationEnd(string text, int open, int end)
        {
            var escaped = false;
            for (var i = open + 1; i <= end; i++)
            {
                var c = text[i];
                if (!escaped && c == '>')
                {
                    return i + 1;
                }

                if (!escaped && c == '<')
                {
                    return -1;
                }

                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                    continue;
                }

                if (c is '\n' or '\r')
                {
                    return -1;
                }
            }

            return -1;
        }

        private static int SkipWhitespace(string text, int i, int end)
        {
            while (i <= end && text[i].IsWhitespace())
            {
                i++;
            }

            return i;
        }

        private static char At(string text, int i, int end) => i <= end ? text[i] : '\0';
    }
}
