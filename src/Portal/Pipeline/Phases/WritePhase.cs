using Portal.Output;
using Portal.Templates;

namespace Portal.Pipeline.Phases;

/// <summary>
/// Phase 6, write: the whole site atomically, or nothing. The output folder is replaced whole, so it is checked
/// first, before any work is done.
/// </summary>
public static class WritePhase
{
    /// <summary>
    /// Writes the site atomically; false, with the reason as an error, when it cannot be written (another build holds
    /// the output folder, the disk is full, a file to copy turned into a link). The previous output is then as it was.
    /// </summary>
    /// <param name="written">Called as each file is written, for progress.</param>
    public static bool Run(BuildOptions options, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, Action written)
    {
        try
        {
            AtomicSiteWriter.Write(Path.GetFullPath(options.OutputDirectory, options.WorkingDirectory), files, SiteWriteOptions.Default with { FileWritten = written });
            return true;
        }
        catch (IOException ex)
        {
            diagnostics.Error(DiagnosticCodes.OutputFolder, SourceLocation.StartOf(options.OutputDirectory), $"the site could not be written: {ex.Message}");
            return false;
        }
    }

    /// <summary>
    /// The output folder is replaced whole on every build, so it must be neither the content folder, nor inside
    /// it, nor hold it (nor the theme): a wrong <c>--output</c> must never delete an editor's work.
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

        return true;
    }

    private static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
