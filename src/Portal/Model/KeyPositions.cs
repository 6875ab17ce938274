using Portal.FrontMatter;

namespace Portal.Model;

/// <summary>Where a file's keys stand, so that a check made across files reports at the key, not at the file's start.</summary>
/// <remarks>
/// Only the keys' positions are kept, not the front matter they came from: the model lives as long as the build, and
/// would otherwise keep every file's parsed front matter, values and all, alive with it.
/// </remarks>
public sealed class KeyPositions(string displayPath, YamlMapping keys)
{
    private readonly (string Key, SourceLocation Location)[] _keys = [.. keys.Entries.Select(entry => (entry.Key.Text, entry.Key.Location))];

    public string DisplayPath => displayPath;

    /// <summary>The key's own position (its first, as the binder reads it), or the file's start when the key is not there.</summary>
    public SourceLocation Of(string key)
    {
        foreach (var (name, location) in _keys)
        {
            if (name == key)
            {
                return location;
            }
        }

        return SourceLocation.StartOf(displayPath);
    }
}
