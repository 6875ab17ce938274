using Portal.Pipeline.Monitoring;

namespace Portal.Pipeline;

/// <param name="Timings">Each phase that ran, in order, with what it cost.</param>
/// <param name="Templates">How the theme's templates ran (<see cref="Templates.TemplateRenderer.Execution"/>); null when no page rendered.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, int FilesWritten, TimeSpan Elapsed, IReadOnlyList<PhaseTiming> Timings, string? Templates = null)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);

    public bool Succeeded => Errors == 0;
}
