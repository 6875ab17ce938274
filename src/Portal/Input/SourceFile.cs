namespace Portal.Input;

/// <summary>
/// A text file read from the input folder: decoded from UTF-8, BOM removed, line endings normalised to LF.
/// <paramref name="RelativePath"/> is from the input root with '/' separators; <paramref name="DisplayPath"/>
/// is what diagnostics print (relative to the current folder).
/// </summary>
public sealed record SourceFile(string RelativePath, string DisplayPath, string Text);
