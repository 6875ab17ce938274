using System.Globalization;
using System.Text;

namespace Portal.Input.Assets;

/// <summary>
/// Finds the CSS in an SVG that loads something from elsewhere or runs script: in &lt;style&gt;, in style attributes, and
/// in presentation attributes such as <c>fill="url(…)"</c>. CSS escapes are decoded first, as a browser's tokenizer
/// does (<c>\75 rl(</c> is <c>url(</c>). The search is deliberately coarser than CSS: a match inside a string or a
/// comment is reported too, which only ever refuses too much, never too little.
/// </summary>
internal static class SvgCss
{
    /// <summary>One problem: where it starts in the CSS as written, and what to tell the editor after naming the place ("the CSS in &lt;style&gt; …").</summary>
    public readonly record struct Problem(int Index, string What);

    private static readonly string[] References = ["url(", "src("];

    private static readonly (string Word, char After, string Shown)[] ScriptHooks =
        [("expression", '(', "expression()"), ("-moz-binding", ':', "-moz-binding"), ("behavior", ':', "behavior")];

    /// <summary>
    /// Every problem in <paramref name="css"/>. A stylesheet (a &lt;style&gt; or a style attribute) is also searched for
    /// @import and the old script hooks; any other attribute only for references.
    /// </summary>
    public static IReadOnlyList<Problem> Find(string css, bool stylesheet)
    {
        // Outside a stylesheet only a function can do harm, and every function needs a '(' (or an escape for one).
        if (!stylesheet && !css.Contains('(') && !css.Contains('\\'))
        {
            return [];
        }

        var (text, origins) = Unescape(css);
        List<Problem>? problems = null;
        foreach (var function in References)
        {
            for (var at = Next(text, function, 0); at >= 0; at = Next(text, function, at + 1))
            {
                if (ReferenceAfter(text, at + function.Length) is { } target)
                {
                    var name = function[..^1];
                    (problems ??= []).Add(new(Origin(at),
                        $"uses {name}({SvgReferences.Show(target)}), which refers to something outside this file; {name}() may only refer to an element in the same file, such as url(#gradient): copy what it refers to into the SVG, or remove it"));
                }
            }
        }

        for (var at = Next(text, "image-set(", 0); at >= 0; at = Next(text, "image-set(", at + 1))
        {
            (problems ??= []).Add(new(Origin(at), "uses image-set(), which loads pictures from elsewhere: remove it"));
        }

        if (stylesheet)
        {
            for (var at = Next(text, "@import", 0); at >= 0; at = Next(text, "@import", at + 1))
            {
                (problems ??= []).Add(new(Origin(at), "has an @import, which loads a stylesheet from elsewhere: copy the rules into the SVG's <style> instead"));
            }

            foreach (var (word, after, shown) in ScriptHooks)
            {
                for (var at = Next(text, word, 0); at >= 0; at = Next(text, word, at + 1))
                {
                    if (NextVisible(text, at + word.Length) == after)
                    {
                        (problems ??= []).Add(new(Origin(at), $"uses {shown}, which runs script in old browsers: remove it"));
                    }
                }
            }
        }

        if (problems is null)
        {
            return [];
        }

        problems.Sort((a, b) => a.Index.CompareTo(b.Index));
        return problems;

        int Origin(int index) => origins is null ? index : index < origins.Count ? origins[index] : css.Length;
    }

    /// <summary>
    /// What url( or src( at <paramref name="start"/> refers to, when that is not an element of this file; null when it is.
    /// Spaces and a quote may come before the #, as CSS and the URL parser allow.
    /// </summary>
    private static string? ReferenceAfter(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            i++;
        }

        if (i < text.Length && text[i] is '"' or '\'')
        {
            i++;
            while (i < text.Length && text[i] <= ' ')
            {
                i++;
            }
        }

        if (i < text.Length && text[i] == '#')
        {
            return null;
        }

        var end = text.IndexOf(')', start);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static char? NextVisible(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return null;
    }

    private static int Next(string text, string word, int from) => text.IndexOf(word, from, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The CSS with its escapes decoded (<c>\75 </c> and <c>\u</c> are both u; a backslash before a line break joins the
    /// lines, as inside a CSS string), and for each decoded character the index of the text it came from.
    /// </summary>
    private static (string Text, List<int>? Origins) Unescape(string css)
    {
        if (!css.Contains('\\'))
        {
            return (css, null);
        }

        var text = new StringBuilder(css.Length);
        var origins = new List<int>(css.Length);
        var i = 0;
        while (i < css.Length)
        {
            var from = i;
            if (css[i] != '\\' || i + 1 == css.Length)
            {
                Append(css[i], from);
                i++;
                continue;
            }

            var digits = 0;
            while (digits < 6 && i + 1 + digits < css.Length && char.IsAsciiHexDigit(css[i + 1 + digits]))
            {
                digits++;
            }

            if (digits > 0)
            {
                var code = int.Parse(css.AsSpan(i + 1, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                i += 1 + digits;
                if (i < css.Length && css[i] == '\r' && i + 1 < css.Length && css[i + 1] == '\n')
                {
                    i += 2;
                }
                else if (i < css.Length && css[i] is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    i++;
                }

                var valid = code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);
                foreach (var c in valid ? char.ConvertFromUtf32(code) : "\uFFFD")
                {
                    Append(c, from);
                }
            }
            else if (css[i + 1] is '\n' or '\r' or '\f')
            {
                i += css[i + 1] == '\r' && i + 2 < css.Length && css[i + 2] == '\n' ? 3 : 2;
            }
            else
            {
                Append(css[i + 1], from);
                i += 2;
            }
        }

        return (text.ToString(), origins);

        void Append(char decoded, int origin)
        {
            text.Append(decoded);
            origins.Add(origin);
        }
    }
}
