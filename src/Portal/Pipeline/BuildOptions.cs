namespace Portal.Pipeline;

/// <summary>What a build is asked to do. Paths are resolved against <paramref name="WorkingDirectory"/>, which is also what diagnostics' paths are relative to.</summary>
public sealed record BuildOptions(
    string InputDirectory,
    string OutputDirectory,
    string? ThemeDirectory,
    Uri? BaseUrl,
    string WorkingDirectory);
