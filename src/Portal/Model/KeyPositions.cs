using Portal.FrontMatter;

namespace Portal.Model;

/// <summary>Where a file's keys stand, so that a check made across files reports at the key, not at the file's start.</summary>
public sealed class KeyPositions(string displayPath, YamlMapping keys)
{
    public string DisplayPath => displayPath;

    /// <summary>The key's own position, or the file's start when the key is not there.</summary>
    public SourceLocation Of(string key) => keys.Find(key)?.Key.Location ?? SourceLocation.StartOf(displayPath);
}
