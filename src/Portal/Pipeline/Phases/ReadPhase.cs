using Portal.Caching;
using Portal.Content.Site;
using Portal.Data;
using Portal.FrontMatter;
using Portal.Input;

namespace Portal.Pipeline.Phases;

/// <summary>What the content folder holds, read but not yet understood.</summary>
public sealed record ReadContent(SiteSettings Site, RawContent Raw, IReadOnlyDictionary<string, DataTable?> Tables);

/// <summary>
/// Phase 1, read: site settings first (their languages name the translation files, their limits bound every read),
/// then every other file of the content folder, and the data tables.
/// </summary>
public static class ReadPhase
{
    /// <returns>Null when the content cannot be read at all: no content folder, or a site.yml that does not bind.</returns>
    /// <param name="parsedFiles">Files parsed by an earlier build of the session; null to parse every file.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped the read.</exception>
    public static ReadContent? Run(BuildOptions options, DiagnosticBag diagnostics, GenerationalCache<Reported<FrontMatterDocument?>>? parsedFiles = null, CancellationToken cancellation = default)
    {
        var reader = ReaderFor(options, parsedFiles);
        if (!Directory.Exists(reader.InputDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ContentFolderMissing, SourceLocation.StartOf(options.InputDirectory), $"the content folder does not exist; {ContentReader.HowToReach(options.InputDirectory, options.WorkingDirectory)}");
            return null;
        }

        return Run(reader, options.BaseUrl, diagnostics, cancellation);
    }

    /// <summary>
    /// What <paramref name="previous"/> read, with the files at <paramref name="changed"/> read again (see
    /// <see cref="ContentReader.Reread"/>); null when only a whole read will do.
    /// </summary>
    public static ReadContent? Reread(BuildOptions options, ReadContent previous, IReadOnlyCollection<string> changed, DiagnosticBag diagnostics, GenerationalCache<Reported<FrontMatterDocument?>>? parsedFiles)
    {
        return ReaderFor(options, parsedFiles).Reread(previous.Raw, changed, previous.Site.Limits, diagnostics) is { } raw ? previous with { Raw = raw } : null;
    }

    private static ContentReader ReaderFor(BuildOptions options, GenerationalCache<Reported<FrontMatterDocument?>>? parsedFiles) =>
        new(Path.GetFullPath(options.InputDirectory, options.WorkingDirectory), options.WorkingDirectory, parsedFiles);

    /// <summary>Reads through a reader the caller made (<c>portal new</c> reads the folder it writes into).</summary>
    public static ReadContent? Run(ContentReader reader, Uri? baseUrl, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        var siteFile = reader.ReadSiteFile(diagnostics);
        var site = siteFile is null ? null : SiteSettingsBinder.Bind(siteFile, baseUrl, diagnostics);
        if (site is null)
        {
            return null;
        }

        var raw = reader.Read(site.Languages, site.Limits, diagnostics, cancellation);
        return new ReadContent(site, raw, DataTableLoader.LoadAll(raw.DataFiles, site.Limits, diagnostics));
    }
}
