using Portal.Templates;

namespace Portal.Pipeline;

/// <summary>
/// What a build is asked to do. Paths are resolved against <paramref name="WorkingDirectory"/>, which is also what
/// diagnostics' paths are relative to. <paramref name="DrawMaps"/> is false for a check, which validates but shows
/// no one the pages: maps are most of a build's work and cannot hold a content error. <paramref name="Today"/> is the
/// date checks compare with (an end year in the future is a likely mistake); null is the machine's date, and tests
/// pass a fixed one, so that a build depends on nothing but its options and its files. <paramref name="Templates"/>
/// is how the theme's templates run; only tests ask for other than compiled.
/// </summary>
public sealed record BuildOptions(
    string InputDirectory,
    string OutputDirectory,
    string? ThemeDirectory,
    Uri? BaseUrl,
    string WorkingDirectory,
    bool DrawMaps = true,
    DateOnly? Today = null,
    TemplateExecution Templates = TemplateExecution.Compiled)
{
    /// <summary>The build's date: <see cref="Today"/>, or the machine's local date when none is given.</summary>
    public DateOnly BuildDate => Today ?? DateOnly.FromDateTime(DateTime.Now);
}
