namespace Portal.FrontMatter;

/// <summary>
/// A YAML node with the place it was written. Every scalar stays text: what it means is decided by the key
/// that reads it, so YAML 1.1's guesses (<c>NO</c> as false, <c>1.10</c> as 1.1) never happen.
/// </summary>
public abstract record YamlValue(SourceLocation Location);

public sealed record YamlScalar(string Text, bool IsPlain, SourceLocation Location) : YamlValue(Location)
{
    /// <summary>An unquoted empty value, <c>~</c> or <c>null</c>: the key is there but says nothing.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(IReadOnlyList<YamlValue> Items, SourceLocation Location) : YamlValue(Location);

public sealed record YamlEntry(YamlScalar Key, YamlValue Value);

public sealed record YamlMapping(IReadOnlyList<YamlEntry> Entries, SourceLocation Location) : YamlValue(Location)
{
    public static YamlMapping Empty(SourceLocation at) => new([], at);

    public YamlEntry? Find(string key) => Find(Entries, key);

    /// <summary>The entry of <paramref name="entries"/> with the key <paramref name="key"/>, or null.</summary>
    internal static YamlEntry? Find(IReadOnlyList<YamlEntry> entries, string key)
    {
        // A loop by index, not FirstOrDefault or foreach: every key of every file is looked up, and each of those
        // would make an object (a lambda, an enumerator of the list as an interface).
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Key.Text == key)
            {
                return entries[i];
            }
        }

        return null;
    }

    /// <summary>This mapping with <paramref name="overlay"/>'s keys replacing or adding to its own (a translation over its original).</summary>
    public YamlMapping OverlaidWith(YamlMapping overlay)
    {
        var replaced = overlay.Entries.Select(e => e.Key.Text).ToHashSet(StringComparer.Ordinal);
        return this with { Entries = [.. Entries.Where(e => !replaced.Contains(e.Key.Text)), .. overlay.Entries] };
    }
}
