using System.Globalization;

namespace Portal.Input;

/// <summary>
/// Characters that text from content may not hold: the control characters (C0, DEL and C1) but tab, line feed and
/// carriage return, and the Unicode noncharacters. None can be shown on a page; in HTML each is a parse error, and in
/// a message or a file name a line break would forge another line.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The index of the first such character in <paramref name="text"/> at or after <paramref name="start"/>, or -1.</summary>
    public static int FindIn(string text, int start = 0)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (IsForbidden(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a file or folder name holds a control character: there, tab and line breaks are forbidden too.</summary>
    public static bool AreInName(string name) => name.Any(c => char.IsControl(c) || IsForbidden(c));

    public static bool IsForbidden(char c) =>
        (char.IsControl(c) && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF' || c is >= '\uFDD0' and <= '\uFDEF';

    /// <summary>The character as an editor can find it: "the control character U+0001", with its name where that helps.</summary>
    public static string Describe(char c)
    {
        var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        if (!char.IsControl(c))
        {
            return $"the noncharacter {code}";
        }

        var name = c switch
        {
            '\0' => " (a null byte)",
            '\b' => " (backspace)",
            '\v' => " (vertical tab)",
            '\f' => " (form feed, a page break)",
            '\u001B' => " (escape)",
            '\u007F' => " (delete)",
            '\u0085' => " (next line; often a '…' from a Windows text converted wrongly)",
            _ => string.Empty,
        };
        return $"the control character {code}{name}";
    }
}
