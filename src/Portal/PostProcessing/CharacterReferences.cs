using System.Text;
using Markdig.Helpers;

namespace Portal.PostProcessing;

/// <summary>
/// Character references (<c>&amp;amp;</c>, <c>&amp;#39;</c>, <c>&amp;#x27;</c>) in an attribute value, decoded as the
/// HTML tokenizer decodes them: an href <c>a.html?x=1&amp;amp;y=2</c> means <c>a.html?x=1&amp;y=2</c>.
/// </summary>
public static class CharacterReferences
{
    /// <summary>
    /// The names HTML also knows without the ';' (from before HTML5). In an attribute such a name is decoded only when
    /// neither a letter, a digit nor '=' follows, so that <c>?a=1&amp;copy=2</c> stays a query.
    /// </summary>
    private static readonly HashSet<string> LegacyNames = new(
        """
        AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave
        Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc
        acute aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth
        euml frac12 frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde
        oacute ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig
        thorn times uacute ucirc ugrave uml uuml yacute yen yuml
        """.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>What &amp;#128; to &amp;#159; stand for: the windows-1252 characters, as old pages meant them.</summary>
    private const string Windows1252 =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
        + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    public static string DecodeAttribute(string value)
    {
        var next = value.IndexOf('&');
        if (next < 0)
        {
            return value;
        }

        var decoded = new StringBuilder(value.Length);
        var copied = 0;
        while (next >= 0)
        {
            var (text, length) = Reference(value, next);
            if (text is not null)
            {
                decoded.Append(value, copied, next - copied).Append(text);
                copied = next + length;
            }

            next = value.IndexOf('&', text is null ? next + 1 : copied);
        }

        return decoded.Append(value, copied, value.Length - copied).ToString();
    }

    /// <summary>The text of the reference at <paramref name="at"/> (an '&amp;') and its length, or a null text when it is none.</summary>
    private static (string? Text, int Length) Reference(string value, int at)
    {
        var end = at + 1;
        if (end < value.Length && value[end] == '#')
        {
            end++;
            var hex = end < value.Length && value[end] is 'x' or 'X';
            end += hex ? 1 : 0;
            var digits = end;
            var code = 0;
            for (; end < value.Length && (hex ? char.IsAsciiHexDigit(value[end]) : char.IsAsciiDigit(value[end])); end++)
            {
                // Anything above U+10FFFF is one replacement character however long it is written.
                code = Math.Min((code * (hex ? 16 : 10)) + (char.IsAsciiDigit(value[end]) ? value[end] - '0' : (value[end] | 0x20) - 'a' + 10), 0x110000);
            }

            if (end == digits)
            {
                return (null, 0);
            }

            end += end < value.Length && value[end] == ';' ? 1 : 0;
            return (Numeric(code), end - at);
        }

        while (end < value.Length && char.IsAsciiLetterOrDigit(value[end]))
        {
            end++;
        }

        var name = value.AsSpan(at + 1, end - at - 1);
        if (name.IsEmpty)
        {
            return (null, 0);
        }

        if (end < value.Length && value[end] == ';' && EntityHelper.DecodeEntity(name) is { } text)
        {
            return (text, end + 1 - at);
        }

        return (end == value.Length || value[end] != '=') && LegacyNames.Contains(name.ToString())
            ? (EntityHelper.DecodeEntity(name), end - at)
            : (null, 0);
    }

    private static string Numeric(int code) => code switch
    {
        0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) => "\uFFFD",
        >= 0x80 and <= 0x9F => Windows1252[code - 0x80].ToString(),
        _ => char.ConvertFromUtf32(code),
    };
}
