using Portal.Diagnostics;
using Portal.FrontMatter;
using Portal.Model;

namespace Portal.Binding;

public static class DecisionBinder
{
    public static readonly string[] Keys =
        ["title", "municipality", "body", "date", "kind", "reference", "outcome", "concerns", "documents", "summary"];

    public static Decision? Bind(BindingInput input, BindingContext context)
    {
        var keys = new KeyReader(input.Keys, Keys, context.Diagnostics);
        var title = keys.RequiredString("title");
        var municipality = keys.RequiredScalar("municipality") is { } slug && context.Catalog.CheckMunicipality(slug, context.Diagnostics) ? slug.Text : null;
        var body = keys.RequiredString("body");
        var date = keys.RequiredDate("date");
        var kind = keys.OptionalEnum<DecisionKind>("kind") ?? DecisionKind.Decision;
        var reference = keys.OptionalString("reference");
        var outcome = keys.OptionalString("outcome");
        var concerns = keys.ScalarList("concerns")
            .Select(s => (Scalar: s, Reference: ParseReference(s)))
            .Where(c => context.Catalog.CheckConcern(c.Scalar, c.Reference, context.Diagnostics))
            .Select(c => c.Reference)
            .Distinct()
            .ToList();
        var documents = keys.ScalarList("documents").Select(s => BindDocument(s, keys, context)).OfType<DecisionDocument>().ToList();
        var summary = keys.OptionalString("summary");
        if (title is null || municipality is null || body is null || date is null)
        {
            return null;
        }

        return new Decision(input.Path.Slug, title, municipality, body, date.Value, kind, reference, outcome, concerns, documents, summary, input.Text);
    }

    public static ContentReference ParseReference(YamlScalar scalar)
    {
        var parts = scalar.Text.Trim().Split('/');
        return parts.Length == 2
            ? new ContentReference(new RelationshipKey(parts[0], parts[1]), null)
            : new ContentReference(null, scalar.Text.Trim());
    }

    /// <summary>A document is an absolute URL, or a file under <c>assets/</c> that must exist and must not lead out of it.</summary>
    private static DecisionDocument? BindDocument(YamlScalar scalar, KeyReader keys, BindingContext context)
    {
        var text = scalar.Text.Trim();
        if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("mailto:", StringComparison.Ordinal))
        {
            var url = keys.AbsoluteUrl(scalar, "documents");
            return url is null ? null : new DecisionDocument(null, url);
        }

        var relative = text.StartsWith("assets/", StringComparison.Ordinal) ? text["assets/".Length..] : text;
        var normalised = Path.GetFullPath(Path.Combine("/assets", relative)).Replace('\\', '/');
        if (!normalised.StartsWith("/assets/", StringComparison.Ordinal) || text.Contains(':'))
        {
            context.Diagnostics.Error(DiagnosticCodes.DocumentPath, scalar.Location, $"the document '{text}' leads out of assets/; documents are files under assets/ or absolute https:// addresses");
            return null;
        }

        var assetPath = normalised.TrimStart('/');
        if (!context.AssetPaths.Contains(assetPath))
        {
            context.Diagnostics.Error(DiagnosticCodes.DocumentPath, scalar.Location, $"the document '{text}' does not exist; put the file at input/{assetPath}");
            return null;
        }

        return new DecisionDocument(assetPath, null);
    }
}
