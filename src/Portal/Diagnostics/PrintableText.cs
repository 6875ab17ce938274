using System.Globalization;
using System.Text;

namespace Portal.Diagnostics;

/// <summary>
/// Text from content (a file name, a quoted value) made safe to print on one line: control characters, the line and
/// paragraph separators, and the bidirectional overrides become visible escapes (<c>\n</c>, <c>\u0001</c>). So one
/// problem is always one line, a file named with a line break cannot forge another problem, and a right-to-left
/// override cannot make a message read other than it is written.
/// </summary>
public static class PrintableText
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when NeedsEscape(c) => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
