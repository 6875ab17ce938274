using System.Reflection;

namespace Portal.Model;

/// <summary>
/// The Swedish glosses written on the enums' members (<see cref="SwedishAttribute"/>): the comments of a starting
/// file, the schemas' descriptions, and the words an editor may write by mistake for a value (<c>vänort</c> for
/// <c>twin-town</c>), which the build then names.
/// </summary>
public static class SwedishGlosses
{
    /// <summary>What an allowed value means in Swedish, or null for a value that has no gloss yet (a test sees that none lacks one).</summary>
    public static string? Of<T>(T value) where T : struct, Enum => OfAny(value);

    public static string? OfAny(Enum value) =>
        value.GetType().GetField(value.ToString())?.GetCustomAttribute<SwedishAttribute>()?.Gloss;

    /// <summary>The value an editor meant by its Swedish word (<c>Vänort</c>, <c>aktiv</c>), if any: the gloss up to its first comma.</summary>
    public static T? ValueFor<T>(string word) where T : struct, Enum
    {
        var wanted = word.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (Of(value) is { } gloss && string.Equals(gloss.Split(',')[0].Trim(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
