using System.Globalization;
using System.Text;

namespace Portal.Search.Analysis;

/// <summary>
/// The words of a text as the search sees them: runs of letters, combining marks and decimal digits, in Unicode's
/// composed form (NFC), lower-cased without regard to culture. The browser splits a query by the same rule
/// (<c>theme/assets/search/analysis.js</c>), so a word typed is the word indexed.
/// </summary>
public static class Words
{
    /// <summary>Calls <paramref name="visit"/> with each word of <paramref name="text"/>, lower-cased, in a buffer it may not keep.</summary>
    public static void Visit<TState>(string text, TState state, WordVisitor<TState> visit)
    {
        // Text below U+0300 (Latin, with å, ä, ö and é precomposed) is always in NFC: ICU is asked only about the rest.
        if (text.AsSpan().IndexOfAnyInRange('\u0300', '\uffff') >= 0 && !text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        Span<char> buffer = stackalloc char[MaxWordLength];
        var length = 0;
        var overlong = false;
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            if (c < 0x80)
            {
                // ASCII, most of any text: a letter or digit without asking Unicode's tables.
                index++;
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(buffer, ref length, ref overlong, char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
                    continue;
                }

                Flush(buffer, ref length, ref overlong, state, visit);
                continue;
            }

            if (c < 0x100)
            {
                // Latin-1 (å, ä, ö, é, ü …): its letters lower-case by one rule, the rest of it separates words.
                index++;
                if (char.IsLetter(c))
                {
                    Append(buffer, ref length, ref overlong, c is >= 'À' and <= 'Þ' and not '×' ? (char)(c + 0x20) : c);
                    continue;
                }

                Flush(buffer, ref length, ref overlong, state, visit);
                continue;
            }

            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            index += consumed;
            if (IsWordRune(rune))
            {
                var lower = LowerCase(rune);
                if (length + lower.Utf16SequenceLength <= buffer.Length)
                {
                    length += lower.EncodeToUtf16(buffer[length..]);
                }
                else
                {
                    overlong = true;
                }

                continue;
            }

            Flush(buffer, ref length, ref overlong, state, visit);
        }

        Flush(buffer, ref length, ref overlong, state, visit);
    }

    /// <summary>
    /// The rune lower-cased without regard to culture; İ, which .NET's invariant casing leaves as it is (Unicode
    /// lower-cases it to i and a dot above), is i, so that İstanbul is found by "istanbul".
    /// </summary>
    private static Rune LowerCase(Rune rune) => rune.Value == 0x130 ? new Rune('i') : Rune.ToLowerInvariant(rune);

    private static void Append(Span<char> buffer, ref int length, ref bool overlong, char c)
    {
        if (length < buffer.Length)
        {
            buffer[length++] = c;
        }
        else
        {
            overlong = true;
        }
    }

    /// <summary>The words of <paramref name="text"/>, lower-cased.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        Visit(text, words, static (word, list) => list.Add(word.ToString()));
        return words;
    }

    /// <summary>
    /// Longer runs are not words a resident types (a URL's path, a hash) and are left out of the index; the browser
    /// drops them too.
    /// </summary>
    public const int MaxWordLength = 40;

    private static void Flush<TState>(Span<char> buffer, ref int length, ref bool overlong, TState state, WordVisitor<TState> visit)
    {
        if (length > 0 && !overlong)
        {
            visit(buffer[..length], state);
        }

        length = 0;
        overlong = false;
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}

/// <summary>Receives a word; the span is valid only during the call.</summary>
public delegate void WordVisitor<in TState>(ReadOnlySpan<char> word, TState state);
