namespace Portal.Input;

/// <summary>Problems with a file as a whole, reported at the file.</summary>
public static class FileProblems
{
    /// <summary>PT0044: the file is bigger than its limit, so it is not read at all.</summary>
    /// <param name="limitKey">The key of site.yml's <c>limits</c> that raises the limit; null for site.yml itself, which holds settings only.</param>
    public static Diagnostic TooLarge(string displayPath, long size, long limit, string? limitKey) =>
        new(
            Severity.Error,
            DiagnosticCodes.FileTooLarge,
            $"the file is {FileSize.Describe(size)}, more than the limit of {FileSize.Describe(limit)}; "
                + (limitKey is null ? "site.yml holds the site's settings only" : $"split it, or raise {limitKey} in site.yml"),
            SourceLocation.StartOf(displayPath));
}
