using Portal.FrontMatter;
using Portal.Markdown.Links;

namespace Portal.Content.Decisions;

public static class DecisionBinder
{
    public static Decision? Bind(KeyReader keys, BindingInput input, BindingContext context)
    {
        var title = keys.RequiredString("title");
        var municipality = keys.RequiredScalar("municipality") is { } slug && context.Catalog.CheckMunicipality(slug, context.Diagnostics) ? slug.Text : null;
        var body = keys.RequiredString("body");
        var date = keys.RequiredDate("date");
        DateChecks.WarnIfInFuture(keys, "date", date is { } day ? new PartialDate(day.Year, day.Month, day.Day) : null, "when it was decided or written", "correct the date", context);
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

        return new Decision(input.Path.Slug, title, municipality, body, date.Value, kind, reference, outcome, concerns, documents, summary, input.Text, input.Positions)
        {
            TitleLanguage = input.OriginalLanguageOf("title"),
            SummaryLanguage = summary is null ? null : input.OriginalLanguageOf("summary"),
            BodyLanguage = input.OriginalLanguageOf("body"),
            OutcomeLanguage = outcome is null ? null : input.OriginalLanguageOf("outcome"),
        };
    }

    public static ContentReference ParseReference(YamlScalar scalar)
    {
        var parts = scalar.Text.Trim().Split('/');
        return parts.Length == 2
            ? new ContentReference(new RelationshipKey(parts[0], parts[1]), null)
            : new ContentReference(null, scalar.Text.Trim());
    }

    /// <summary>
    /// A document is an absolute URL, or a file under <c>assets/</c> that must exist and must not lead out of it. The path
    /// is read as a link's is (<c>%2e%2e</c> is <c>..</c>), and a backslash as the folder separator it was meant to be,
    /// so neither hides a way out; a backslash is still an error, as a web address has none.
    /// </summary>
    private static DecisionDocument? BindDocument(YamlScalar scalar, KeyReader keys, BindingContext context)
    {
        var text = scalar.Text.Trim();
        // A one-letter "scheme" is a drive: C:\Users\… is a path on a computer, and leads out of assets/ as one.
        if (UrlSafety.SchemeOf(text) is { Length: > 1 })
        {
            var url = keys.AbsoluteUrl(scalar, "documents");
            return url is null ? null : new DecisionDocument(null, url);
        }

        var decoded = Uri.UnescapeDataString(text);
        if (RelativePaths.HasControlCharacter(decoded))
        {
            var visible = string.Concat(text.Select(c => char.IsControl(c) ? $"%{(int)c:X2}" : c.ToString()));
            return Problem($"the document '{visible}' holds a control character (such as %00); remove it");
        }

        var slashed = decoded.Replace('\\', '/');
        var relative = slashed.StartsWith("assets/", StringComparison.Ordinal) ? slashed["assets/".Length..] : slashed;
        var assetPath = RelativePaths.Resolve("/assets/" + relative);
        if (slashed.StartsWith('/') || slashed.Contains(':') || !assetPath.StartsWith("assets/", StringComparison.Ordinal))
        {
            return Problem($"the document '{text}' leads out of assets/; documents are files under assets/ or absolute https:// addresses");
        }

        if (text.Contains('\\'))
        {
            return Problem($"the document '{text}' is written with '\\'; write '/' between folders: '{slashed}'");
        }

        if (!context.AssetPaths.Contains(assetPath))
        {
            return Problem($"the document '{text}' does not exist; put the file at input/{assetPath}");
        }

        return new DecisionDocument(assetPath, null);

        DecisionDocument? Problem(string message)
        {
            context.Diagnostics.Error(DiagnosticCodes.DocumentPath, scalar.Location, message);
            return null;
        }
    }
}
