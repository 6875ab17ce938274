using System.Collections.Frozen;
using System.Text;

namespace Portal.Model;

/// <summary>Maps enum members to the kebab-case words editors write, and back.</summary>
public static class KebabName
{
    public static string Of<T>(T value) where T : struct, Enum => Names<T>.ByValue[value];

    public static bool TryParse<T>(string text, out T value) where T : struct, Enum => Names<T>.ByName.TryGetValue(text, out value);

    /// <summary>The name of a value whose enum type is known only at run time (the schemas' enums).</summary>
    public static string OfAny(Enum value) => ToKebab(value.ToString());

    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Names<T>.Ordered;

    private static string ToKebab(string pascal)
    {
        var builder = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly IReadOnlyList<string> Ordered = Enum.GetValues<T>().Select(v => ToKebab(v.ToString())).ToArray();
        public static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().ToFrozenDictionary(v => v, v => ToKebab(v.ToString()));
        public static readonly FrozenDictionary<string, T> ByName = Enum.GetValues<T>().ToFrozenDictionary(v => ToKebab(v.ToString()), v => v, StringComparer.Ordinal);
    }
}
