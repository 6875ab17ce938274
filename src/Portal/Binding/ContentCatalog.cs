using Portal.Content;
using Portal.FrontMatter;

namespace Portal.Binding;

/// <summary>
/// The slugs of everything in the content folder, known from file names alone, so a reference can be checked
/// (and reported at its own line) while its file is bound.
/// </summary>
public sealed class ContentCatalog
{
    private readonly IReadOnlyDictionary<ContentKind, HashSet<string>> _keys;

    public ContentCatalog(IEnumerable<ContentPath> originals)
    {
        var byKind = ContentKinds.All.ToDictionary(d => d.Kind, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var path in originals.Where(p => byKind.ContainsKey(p.Kind)))
        {
            byKind[path.Kind].Add(ContentKinds.Of(path.Kind).CatalogKey(path));
        }

        _keys = byKind;
    }

    private HashSet<string> Municipalities => _keys[ContentKind.Municipality];

    private HashSet<string> Networks => _keys[ContentKind.Network];

    private HashSet<string> Decisions => _keys[ContentKind.Decision];

    private IEnumerable<RelationshipKey> Relationships =>
        _keys[ContentKind.Relationship].Select(k => k.Split('/')).Select(p => new RelationshipKey(p[0], p[1]));

    public bool HasMunicipality(string slug) => Municipalities.Contains(slug);

    public bool CheckMunicipality(YamlScalar scalar, DiagnosticBag diagnostics) =>
        Check(scalar, Municipalities, "municipality", "municipalities/", diagnostics);

    public bool CheckNetwork(YamlScalar scalar, DiagnosticBag diagnostics) =>
        Check(scalar, Networks, "network", "networks/", diagnostics);

    public bool CheckDecision(YamlScalar scalar, DiagnosticBag diagnostics) =>
        Check(scalar, Decisions, "decision", "decisions/", diagnostics);

    /// <summary>Checks a <c>concerns:</c> entry: <c>&lt;municipality&gt;/&lt;slug&gt;</c> or a network slug.</summary>
    public bool CheckConcern(YamlScalar scalar, ContentReference reference, DiagnosticBag diagnostics)
    {
        if (reference.Relationship is not { } key)
        {
            // A relationship's slug without its municipality is the likelier slip when no network is near.
            var slug = scalar.Text.Trim();
            var relationship = NearestMatch.Find(slug, Relationships.Select(r => r.Slug)) is { } near
                ? Relationships.Where(r => r.Slug == near).Select(r => r.ToString()).Order(StringComparer.Ordinal).First()
                : null;
            var suggestion = NearestMatch.Find(slug, Networks) ?? relationship;
            return Check(scalar, Networks, "network", "networks/", diagnostics, " (a relationship is written <municipality>/<slug>)", suggestion);
        }

        if (_keys[ContentKind.Relationship].Contains(key.ToString()))
        {
            return true;
        }

        var hint = NearestMatch.Hint(key.ToString(), Relationships.Select(r => r.ToString()));
        diagnostics.Error(DiagnosticCodes.UnknownReference, scalar.Location, $"no relationship '{key}': there is no file partners/{key}.md{hint}");
        return false;
    }

    /// <summary>"; did you mean 'huddinge'?" for a folder under partners/ that names no municipality, or "".</summary>
    public string MunicipalityHint(string slug) => NearestMatch.Hint(slug, Municipalities);

    private static bool Check(YamlScalar scalar, HashSet<string> known, string what, string folder, DiagnosticBag diagnostics, string extra = "", string? suggestion = null)
    {
        var slug = scalar.Text.Trim();
        if (known.Contains(slug))
        {
            return true;
        }

        suggestion ??= NearestMatch.Find(slug, known);
        diagnostics.Error(
            DiagnosticCodes.UnknownReference,
            scalar.Location,
            $"no {what} '{slug}': there is no file {folder}{slug}.md{extra}{NearestMatch.Hint(suggestion)}");
        return false;
    }
}
