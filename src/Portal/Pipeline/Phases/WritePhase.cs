using Portal.Output;
using Portal.Pipeline.Monitoring;
using Portal.Templates;

namespace Portal.Pipeline.Phases;

/// <summary>How many pages and files a build wrote.</summary>
public sealed record WrittenSite(int Pages, int Files);

/// <summary>
/// Phase 6, write: the site staged while it was rendered replaces the output folder whole, or nothing is written. The
/// output folder is checked first, before any work is done.
/// </summary>
public static class WritePhase
{
    /// <summary>
    /// Opens a staging folder beside the output, lets <paramref name="build"/> put the site into it, and swaps it in when
    /// the build says the site is good. Null when it is not, or, with the reason as an error, when it cannot be written
    /// (another build holds the output folder, the disk is full, a file to copy turned into a link). The previous output
    /// is then as it was.
    /// </summary>
    /// <param name="build">Puts every file into the staged site; true when the site may replace the output.</param>
    public static WrittenSite? Stage(BuildOptions options, DiagnosticBag diagnostics, BuildMonitor monitor, Func<StagedSite, bool> build)
    {
        try
        {
            using var staged = StagedSite.Open(Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory));
            if (!build(staged))
            {
                return null;
            }

            using (monitor.Phase(BuildPhase.Write))
            {
                staged.Commit();
            }

            return new WrittenSite(staged.Pages, staged.Count);
        }
        catch (Exception ex) when (WriteFailure(ex) is { } failure)
        {
            Report(options, diagnostics, failure);
            return null;
        }
    }

    /// <summary>Writes a site that is in memory (a preview's) atomically; false, with the reason as an error, when it cannot.</summary>
    public static bool Run(BuildOptions options, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        try
        {
            AtomicSiteWriter.Write(Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory), files);
            return true;
        }
        catch (Exception ex) when (WriteFailure(ex) is { } failure)
        {
            Report(options, diagnostics, failure);
            return false;
        }
    }

    /// <summary>The file system's complaint behind a failed write, also when files were written on many threads at once.</summary>
    private static IOException? WriteFailure(Exception ex) => ex switch
    {
        IOException io => io,
        AggregateException many => many.Flatten().InnerExceptions.OfType<IOException>().FirstOrDefault(),
        _ => null,
    };

    private static void Report(BuildOptions options, DiagnosticBag diagnostics, IOException failure) =>
        diagnostics.Error(DiagnosticCodes.OutputFolder, SourceLocation.StartOf(options.OutputDirectory), $"the site could not be written: {failure.Message}");

    /// <summary>
    /// The output folder is replaced whole on every build, so it must be neither the content folder, nor inside
    /// it, nor hold it (nor the theme), and if it holds anything, that must be a site a build wrote: a wrong
    /// <c>--output</c> must never delete an editor's work.
    /// </summary>
    public static bool IsSafeOutputFolder(BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory));
        string[] protectedFolders =
        [
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.InputDirectory, options.WorkingDirectory)),
            Path.TrimEndingDirectorySeparator(ThemeLoader.Locate(options.ThemeDirectory, options.WorkingDirectory)),
        ];
        foreach (var folder in protectedFolders)
        {
            if (IsSameOrInside(output, folder) || IsSameOrInside(folder, output))
            {
                diagnostics.Error(
                    DiagnosticCodes.OutputFolder,
                    SourceLocation.StartOf(options.OutputDirectory),
                    $"the output folder must be a folder of its own: it is replaced on every build, and '{options.OutputDirectory}' is, holds or lies inside '{Path.GetRelativePath(options.WorkingDirectory, folder)}'; choose another --output");
                return false;
            }
        }

        if (OutputMark.FirstForeignEntry(output) is { } foreign)
        {
            diagnostics.Error(
                DiagnosticCodes.OutputFolder,
                SourceLocation.StartOf(options.OutputDirectory),
                $"'{options.OutputDirectory}' holds files that no portal build wrote ('{foreign}'), and the output folder is replaced whole on every build; choose a new or empty folder for --output, or move those files out first");
            return false;
        }

        return true;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
