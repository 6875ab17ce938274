using Portal.Countries;
using Portal.FrontMatter;
using Portal.Geography;

namespace Portal.Scaffolding;

/// <summary>What a new file is checked against: the content folder as read, the site's languages, the country data.</summary>
/// <param name="Content">The content folder, read by <see cref="ContentReader"/>; its problems are for <c>portal check</c>, not for this.</param>
/// <param name="InputDisplayPath">The content folder as the editor named it (<c>input</c>), for messages.</param>
public sealed class ScaffoldContext(RawContent content, IReadOnlyList<string> languages, string inputDisplayPath)
{
    private readonly Lazy<ContentCatalog> _catalog = new(() => new ContentCatalog(content.ContentPaths.Where(p => p.Language is null)));
    private readonly Lazy<CountryLocator> _locator = new(() => new CountryLocator(WorldCountries.Shipped));

    public RawContent Content => content;

    public IReadOnlyList<string> Languages => languages;

    public string InputDisplayPath => inputDisplayPath;

    public CountryNames Countries => CountryNames.Shipped;

    /// <summary>The slugs of everything there is, known from file names.</summary>
    public ContentCatalog Catalog => _catalog.Value;

    /// <summary>The country polygons, loaded when a position is first checked.</summary>
    public CountryLocator Locator => _locator.Value;

    /// <summary>The front matter of an original (not a translation) at a path under the content folder, if it could be read.</summary>
    public YamlMapping? KeysOf(string relativePath) =>
        content.Documents.FirstOrDefault(d => d.Path.Language is null && d.Path.RelativePath == relativePath)?.Document.Keys;

    /// <summary>A text key of a file (<c>name</c>, <c>title</c>), or null when the file or the key is missing.</summary>
    public string? TextOf(string relativePath, string key) =>
        KeysOf(relativePath)?.Find(key)?.Value is YamlScalar { IsNull: false } scalar && !string.IsNullOrWhiteSpace(scalar.Text) ? scalar.Text.Trim() : null;

    /// <summary>The originals of one kind, with their front matter.</summary>
    public IEnumerable<ContentDocument> Originals(ContentKind kind) =>
        content.Documents.Where(d => d.Path.Kind == kind && d.Path.Language is null);

    /// <summary>A path in the content folder as messages show it: <c>input/municipalities/lund.md</c>.</summary>
    public string Display(string relativePath) => $"{inputDisplayPath.TrimEnd('/')}/{relativePath}";
}
