namespace Portal.Pipeline;

/// <summary>
/// What a build is asked to do. Paths are resolved against <paramref name="WorkingDirectory"/>, which is also what
/// diagnostics' paths are relative to. <paramref name="DrawMaps"/> is false for a check, which validates but shows
/// no one the pages: maps are most of a build's work and cannot hold a content error.
/// </summary>
public sealed record BuildOptions(
    string InputDirectory,
    string OutputDirectory,
    string? ThemeDirectory,
    Uri? BaseUrl,
    string WorkingDirectory,
    bool DrawMaps = true);
