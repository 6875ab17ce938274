using Portal.Binding;
using Portal.Countries;
using Portal.Data;
using Portal.Diagnostics;
using Portal.Input;
using Portal.Model;

namespace Portal.Tests.Support;

/// <summary>
/// A content folder read and bound to the model the way a build's first two phases do it, without rendering:
/// for tests of what each key means.
/// </summary>
public sealed class ContentModel
{
    private ContentModel(SiteSettings? site, IReadOnlyList<LanguageContent> languages, IReadOnlyDictionary<string, DataTable?> tables, DiagnosticBag diagnostics)
    {
        Site = site;
        Languages = languages;
        Tables = tables;
        Diagnostics = diagnostics.Sorted();
    }

    public SiteSettings? Site { get; }

    public IReadOnlyList<LanguageContent> Languages { get; }

    public IReadOnlyDictionary<string, DataTable?> Tables { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IReadOnlyList<string> Lines => Diagnostics.Select(d => d.ToString()).ToList();

    public string Report => Lines.Count == 0 ? "(no diagnostics)" : string.Join('\n', Lines);

    public LanguageContent In(string language) => Languages.Single(l => l.Language == language);

    /// <summary>Reads and binds <paramref name="content"/>; diagnostics' paths are relative to its content folder.</summary>
    public static ContentModel Load(TempContent content) => Load(content.Write());

    /// <summary>Reads and binds the content folder <paramref name="directory"/>; diagnostics' paths are relative to it.</summary>
    public static ContentModel Load(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var reader = new ContentReader(directory, directory);
        var siteFile = reader.ReadSiteFile(diagnostics);
        var site = siteFile is null ? null : SiteSettingsBinder.Bind(siteFile, null, diagnostics);
        if (site is null)
        {
            return new ContentModel(null, [], new Dictionary<string, DataTable?>(), diagnostics);
        }

        var raw = reader.Read(site.Languages, site.Limits, diagnostics);
        var tables = DataTableLoader.LoadAll(raw.DataFiles, site.Limits, diagnostics);
        var assets = raw.AssetPaths();
        var catalog = new ContentCatalog(raw.Documents.Where(d => d.Path.Language is null).Select(d => d.Path));
        var languages = ContentBinder.Bind(raw, site, new BindingContext(diagnostics, CountryNames.Shipped, assets, catalog, new Portal.Geography.CountryLocator(Portal.Geography.WorldCountries.Shipped), TestDate.Today));
        return new ContentModel(site, languages, tables, diagnostics);
    }
}
