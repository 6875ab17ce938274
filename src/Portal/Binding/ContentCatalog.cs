using Portal.Diagnostics;
using Portal.FrontMatter;
using Portal.Input;
using Portal.Model;

namespace Portal.Binding;

/// <summary>
/// The slugs of everything in the content folder, known from file names alone, so a reference can be checked
/// (and reported at its own line) while its file is bound.
/// </summary>
public sealed class ContentCatalog
{
    private readonly HashSet<string> _municipalities;
    private readonly HashSet<RelationshipKey> _relationships;
    private readonly HashSet<string> _networks;
    private readonly HashSet<string> _decisions;

    public ContentCatalog(IEnumerable<ContentPath> originals)
    {
        var paths = originals.ToList();
        _municipalities = paths.Where(p => p.Kind == ContentKind.Municipality).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        _relationships = paths.Where(p => p.Kind == ContentKind.Relationship).Select(p => new RelationshipKey(p.Folder, p.Slug)).ToHashSet();
        _networks = paths.Where(p => p.Kind == ContentKind.Network).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        _decisions = paths.Where(p => p.Kind == ContentKind.Decision).Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
    }

    public bool HasMunicipality(string slug) => _municipalities.Contains(slug);

    public bool CheckMunicipality(YamlScalar scalar, DiagnosticBag diagnostics) =>
        Check(scalar, _municipalities, "municipality", "municipalities/", diagnostics);

    public bool CheckNetwork(YamlScalar scalar, DiagnosticBag diagnostics) =>
        Check(scalar, _networks, "network", "networks/", diagnostics);

    public bool CheckDecision(YamlScalar scalar, DiagnosticBag diagnostics) =>
        Check(scalar, _decisions, "decision", "decisions/", diagnostics);

    /// <summary>Checks a <c>concerns:</c> entry: <c>&lt;municipality&gt;/&lt;slug&gt;</c> or a network slug.</summary>
    public bool CheckConcern(YamlScalar scalar, ContentReference reference, DiagnosticBag diagnostics)
    {
        if (reference.Relationship is not { } key)
        {
            // A relationship's slug without its municipality is the likelier slip when no network is near.
            var slug = scalar.Text.Trim();
            var relationship = NearestMatch.Find(slug, _relationships.Select(r => r.Slug)) is { } near
                ? _relationships.Where(r => r.Slug == near).Select(r => r.ToString()).Order(StringComparer.Ordinal).First()
                : null;
            var suggestion = NearestMatch.Find(slug, _networks) ?? relationship;
            return Check(scalar, _networks, "network", "networks/", diagnostics, " (a relationship is written <municipality>/<slug>)", suggestion);
        }

        if (_relationships.Contains(key))
        {
            return true;
        }

        var hint = NearestMatch.Hint(key.ToString(), _relationships.Select(r => r.ToString()));
        diagnostics.Error(DiagnosticCodes.UnknownReference, scalar.Location, $"no relationship '{key}': there is no file partners/{key}.md{hint}");
        return false;
    }

    /// <summary>"; did you mean 'huddinge'?" for a folder under partners/ that names no municipality, or "".</summary>
    public string MunicipalityHint(string slug) => NearestMatch.Hint(slug, _municipalities);

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
            $"no {what} '{slug}': there is no file {folder}{slug}.md{extra}{(suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?")}");
        return false;
    }
}
