using Portal.Content.Site;
using Portal.Data;

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
    public static ReadContent? Run(BuildOptions options, DiagnosticBag diagnostics)
    {
        var reader = new ContentReader(Path.GetFullPath(options.InputDirectory, options.WorkingDirectory), options.WorkingDirectory);
        if (!Directory.Exists(reader.InputDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ContentFolderMissing, SourceLocation.StartOf(options.InputDirectory), "the content folder does not exist; give it with --input DIR");
            return null;
        }

        return Run(reader, options.BaseUrl, diagnostics);
    }

    /// <summary>Reads through a reader the caller made (<c>portal new</c> reads the folder it writes into).</summary>
    public static ReadContent? Run(ContentReader reader, Uri? baseUrl, DiagnosticBag diagnostics)
    {
        var siteFile = reader.ReadSiteFile(diagnostics);
        var site = siteFile is null ? null : SiteSettingsBinder.Bind(siteFile, baseUrl, diagnostics);
        if (site is null)
        {
            return null;
        }

        var raw = reader.Read(site.Languages, site.Limits, diagnostics);
        return new ReadContent(site, raw, DataTableLoader.LoadAll(raw.DataFiles, site.Limits, diagnostics));
    }
}
