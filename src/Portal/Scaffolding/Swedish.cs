using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Scaffolding;

/// <summary>The Swedish words a starting file is written in: what each allowed value means (as in the editors' guide), dates, lists.</summary>
public static partial class Swedish
{
    private static readonly string[] Months =
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

    /// <summary>What an allowed value means in Swedish, or null for a value that has no gloss yet.</summary>
    public static string? Gloss<T>(T value) where T : struct, Enum => SwedishGlosses.Of(value);

    /// <summary>Every allowed value with its meaning: <c>active (aktiv), sporadic (sporadisk), …</c>.</summary>
    public static string Choices<T>() where T : struct, Enum => KeyTypes.Enum<T>().SwedishChoices;

    /// <summary><c>Huddinge</c> → <c>Huddinges</c>: the rule the site's pages use too.</summary>
    public static string Genitive(string name) => Pages.Views.Genitive.Swedish(name);

    /// <summary><c>2024-01-17</c> → <c>17 januari 2024</c>.</summary>
    public static string Date(DateOnly date) => $"{date.Day} {Months[date.Month - 1]} {date.Year}";

    /// <summary><c>A, B och C</c>.</summary>
    public static string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Join(string.Empty, items) : $"{string.Join(", ", items.Take(items.Count - 1))} och {items[^1]}";

    /// <summary>Text as Markdown that shows it as it is: no emphasis, link, HTML or heading made of a name's characters.</summary>
    public static string Markdown(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if (@"\`*_[]<>#|~{}&!".Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // At the start of a paragraph "- " or "+ " would begin a list, and so would "1. " or "1) ".
        var result = escaped.ToString();
        if (result.StartsWith('-') || result.StartsWith('+'))
        {
            return "\\" + result;
        }

        return NumberedListMarker().Match(result) is { Success: true } marker ? result.Insert(marker.Length - 1, "\\") : result;
    }

    [GeneratedRegex(@"^\d+[.)]")]
    private static partial Regex NumberedListMarker();
}
