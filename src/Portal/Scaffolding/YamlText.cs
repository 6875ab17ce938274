using System.Globalization;
using System.Text;

namespace Portal.Scaffolding;

/// <summary>Writes a text as a YAML scalar: plain when that reads back as the same text in any YAML tool, else double-quoted.</summary>
public static class YamlText
{
    // Words YAML 1.1 tools read as booleans or null; the portal reads every scalar as text, other tools may not.
    private static readonly HashSet<string> Special = new(StringComparer.OrdinalIgnoreCase)
    {
        "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~",
    };

    public static string Scalar(string text) => IsPlainSafe(text) ? text : Quoted(text);

    /// <summary>A double-quoted scalar: <c>"Sankt \"Gallen\""</c>.</summary>
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static bool IsPlainSafe(string text) =>
        text.Length > 0
        && !Special.Contains(text)
        && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0], StringComparison.Ordinal) < 0
        && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal) && !text.EndsWith(':')
        && !text.Any(c => char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate)
        && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
