using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Input;

/// <summary>The rule for file and folder names that become URLs: lower-case ASCII letters, digits and '-'.</summary>
public static partial class Slug
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    /// <summary>The valid name an editor most likely meant: <c>Vänersborg</c> → <c>vanersborg</c>.</summary>
    public static string Suggest(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'æ' => "ae",
                'ø' => "o",
                'ð' => "d",
                'þ' => "th",
                'ß' => "ss",
                ' ' or '_' or '.' => "-",
                _ => Fold(c),
            });
        }

        var slug = Dashes().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length == 0 ? "page" : slug;
    }

    private static string Fold(char c)
    {
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                return part is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' ? part.ToString() : string.Empty;
            }
        }

        return string.Empty;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex("-{2,}")]
    private static partial Regex Dashes();
}
