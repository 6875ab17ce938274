using Portal.CrossReferences;

namespace Portal.Content;

/// <summary>
/// One kind of content file, defined in one place: where its files lie, the keys they hold, how they bind to the
/// model, which page each becomes, what is checked across files, and the starting file <c>portal new</c> writes.
/// The classifier, the binder, the routes, the schemas and <c>portal new</c> all read this; none of them switches on
/// the kind.
/// </summary>
/// <param name="names">How the kind is named: its folder, its schema, and what it is called.</param>
/// <param name="keys">Every key the kind's files may hold, in the order the schema and the guide list them.</param>
/// <param name="bind">
/// Binds one file in one language to its model record, or null when its keys have errors (reported). It reads the
/// file's keys through a reader that warns of any key not in <paramref name="keys"/> (an error when it is a required key misspelt).
/// </param>
/// <param name="pages">The pages of this kind, per language.</param>
/// <param name="scaffold">The starting file <c>portal new</c> writes.</param>
public abstract class ContentKindDefinition(
    ContentKindNames names,
    IReadOnlyList<KeyDefinition> keys,
    Func<KeyReader, BindingInput, BindingContext, object?> bind,
    IPageSource pages,
    Scaffold scaffold)
{
    private readonly IReadOnlyList<string> _keyNames = keys.Select(k => k.Name).ToList();
    private readonly IReadOnlyList<string> _requiredKeyNames = keys.Where(k => k.Required).Select(k => k.Name).ToList();

    public ContentKind Kind => names.Kind;

    /// <summary>The folder under the content folder: <c>partners</c>.</summary>
    public string Folder => names.Folder;

    /// <summary>How many folders lie between <see cref="Folder"/> and a file; null for any number (<c>pages/</c>).</summary>
    public virtual int? FolderDepth => 0;

    /// <summary>Where a file of this kind goes, as an error message names it: <c>partners/&lt;municipality&gt;/&lt;slug&gt;.md</c>.</summary>
    public virtual string FileForm => $"{Folder}/<slug>.md";

    /// <summary>The name of its schema (<c>relationship</c> for <c>schemas/relationship.schema.json</c>).</summary>
    public string Name => names.Schema;

    /// <summary>Why a valid slug still cannot name a file of this kind (a country file is its two-letter code), or null.</summary>
    public virtual string? CheckFileName(string fileName) => null;

    public IReadOnlyList<KeyDefinition> Keys => keys;

    /// <summary>The keys a translation may give: words, not facts. A translated status or year would make the languages disagree.</summary>
    public IReadOnlyList<string> TranslatableKeys => Keys.Where(k => k.Translatable).Select(k => k.Name).ToList();

    public IReadOnlyList<string> KeyNames => _keyNames;

    public ContentKindNames Names => names;

    /// <summary>A catalogue key for a file: its slug, or <c>municipality/slug</c> where the folder is part of the name.</summary>
    public virtual string CatalogKey(ContentPath path) => path.Slug;

    public object? Bind(BindingInput input, BindingContext context) => bind(new KeyReader(input.Keys, _keyNames, context.Diagnostics, _requiredKeyNames), input, context);

    /// <summary>The page a file becomes in a language, or null when it becomes none (a country without a page).</summary>
    public abstract Route? RouteOf(ContentPath path, string language, SiteRoutes routes, IReadOnlySet<string> countriesWithPages);

    public IPageSource Pages => pages;

    /// <summary>Likely mistakes that only show across files, on content that binds without errors.</summary>
    public virtual void CheckAcrossFiles(PortalIndex index, DiagnosticBag diagnostics)
    {
    }

    public Scaffold Scaffold => scaffold;
}
