using System.Globalization;
using System.Text;

namespace Portal.Search.Analysis;

/// <summary>
/// A word without its diacritics (<c>åbo</c> → <c>abo</c>), for the search's last resort: a query typed without å, ä
/// or ö finds the word only when nothing matches as typed, since in Swedish they are letters of their own. Marks are
/// taken off after canonical decomposition (NFD), and the few letters that do not decompose are spelled out by
/// <see cref="Letters"/>, which the index's manifest hands to the browser so that both fold alike.
/// </summary>
public static class Folding
{
    /// <summary>Letters without a decomposition, and what they fold to.</summary>
    public static readonly IReadOnlyDictionary<char, string> Letters = new SortedDictionary<char, string>
    {
        ['æ'] = "ae",
        ['ð'] = "d",
        ['đ'] = "d",
        ['ł'] = "l",
        ['ø'] = "o",
        ['œ'] = "oe",
        ['ß'] = "ss",
        ['þ'] = "th",
    };

    /// <summary>Whether folding changes <paramref name="word"/> (it has a letter beyond a–z and the digits).</summary>
    public static bool Changes(string word)
    {
        foreach (var c in word)
        {
            if (c >= 0x80)
            {
                return !string.Equals(Fold(word), word, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary><paramref name="word"/> (lower-cased) without its diacritics.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    break;
                default:
                    if (Letters.TryGetValue(c, out var spelled))
                    {
                        folded.Append(spelled);
                    }
                    else
                    {
                        folded.Append(c);
                    }

                    break;
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
