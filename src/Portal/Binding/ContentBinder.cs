using System.Text;
using Portal.Caching;
using Portal.Content;
using Portal.FrontMatter;

namespace Portal.Binding;

/// <summary>
/// Binds every content file to the model, once per language. A language without a translation gets the
/// original's keys and text, marked as a fallback; a translation's keys replace only the keys it gives.
/// </summary>
public static class ContentBinder
{
    /// <param name="boundFiles">Files bound by an earlier build of the session (a preview's rebuilds): a file whose
    /// version, and whose translation's, did not change binds as before, while the catalogue of files, the assets and
    /// the date are the same. Null to bind every file.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped the binding.</exception>
    public static IReadOnlyList<LanguageContent> Bind(RawContent raw, SiteSettings site, BindingContext context, BoundFiles? boundFiles = null, CancellationToken cancellation = default)
    {
        var originals = raw.Documents.Where(d => d.Path.Language is null).ToDictionary(d => d.Path.RelativePath, StringComparer.Ordinal);
        var translations = raw.Documents.Where(d => d.Path.Language is not null).ToLookup(d => d.Path.OriginalPath, StringComparer.Ordinal);

        var existing = raw.ContentPaths.Where(p => p.Language is null).Select(p => p.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in translations.Where(t => !existing.Contains(t.Key)).SelectMany(t => t))
        {
            context.Diagnostics.Error(
                DiagnosticCodes.TranslationWithoutOriginal,
                Diagnostics.SourceLocation.StartOf(orphan.Document.File.DisplayPath),
                $"this translation has no original: add {orphan.Path.OriginalPath} in the default language ({site.DefaultLanguage})");
        }

        foreach (var translation in raw.Documents.Where(d => d.Path.Language is not null))
        {
            CheckTranslatedKeys(translation, context);
        }

        var files = boundFiles?.Start(Environment(raw, site, context));
        var bound = site.Languages.Select(language => BindLanguage(language, site, [.. originals.Values], translations, context, files, cancellation)).ToList();
        files?.EndGeneration();
        return bound;
    }

    /// <summary>The key of one file in one language among files bound before, or null when a version is unknown (a file just written).</summary>
    private static string? KeyOf(string language, ContentDocument original, ContentDocument? translation) =>
        original.Version is null || (translation is not null && translation.Version is null)
            ? null
            : $"{language}\0{original.Version}\0{translation?.Version}";

    /// <summary>What binding a file reads besides the file: the catalogue of every file's path, the assets, the date and the default language.</summary>
    private static string Environment(RawContent raw, SiteSettings site, BindingContext context)
    {
        var described = new StringBuilder();
        described.Append(site.DefaultLanguage).Append('\n').Append(context.Today.DayNumber).Append('\n');
        foreach (var path in raw.ContentPaths)
        {
            described.Append(path.RelativePath).Append('\n');
        }

        foreach (var asset in context.AssetPaths.Order(StringComparer.Ordinal))
        {
            described.Append(asset).Append('\n');
        }

        return ContentKey.Of(Encoding.UTF8.GetBytes(described.ToString()));
    }

    private static void CheckTranslatedKeys(ContentDocument translation, BindingContext context)
    {
        var allowed = ContentKinds.Of(translation.Path.Kind).TranslatableKeys;
        foreach (var entry in translation.Document.Keys.Entries.Where(e => !allowed.Contains(e.Key.Text)))
        {
            context.Diagnostics.Error(
                DiagnosticCodes.TranslatedFact,
                entry.Key.Location,
                $"'{entry.Key.Text}' cannot differ between languages: set it in {translation.Path.OriginalPath} only; a translation gives {string.Join(", ", allowed)} and its own text");
        }
    }

    private static LanguageContent BindLanguage(
        string language,
        SiteSettings site,
        IReadOnlyList<ContentDocument> originals,
        ILookup<string, ContentDocument> translations,
        BindingContext context,
        GenerationalCache<Reported<object?>>? boundFiles,
        CancellationToken cancellation)
    {
        // Bound in the originals' order (by path), which is mostly the model's order already.
        var bound = new object?[originals.Count];
        Parallel.For(0, originals.Count, new ParallelOptions { CancellationToken = cancellation }, i =>
        {
            var original = originals[i];
            var translation = language == site.DefaultLanguage
                ? null
                : translations[original.Path.RelativePath].FirstOrDefault(t => t.Path.Language == language);
            // A translation without its own text shows the original's, marked as untranslated.
            var source = translation is not null && !translation.Document.Body.Span.IsWhiteSpace() ? translation : original;
            var keys = translation is null ? original.Document.Keys : original.Document.Keys.OverlaidWith(Replacing(translation));
            var text = new ContentText(
                source == original ? site.DefaultLanguage : language,
                IsFallback: source == original && language != site.DefaultLanguage,
                source.Document.Body,
                source.Document.BodyFirstLine,
                source.Document.File);
            object? Bind(BindingContext context)
            {
                var input = new BindingInput(
                    original.Path,
                    keys,
                    text,
                    new KeyPositions(original.Document.File.DisplayPath, keys),
                    language,
                    language == site.DefaultLanguage ? null : new TranslationInput(translation?.Document.Keys, site.DefaultLanguage));
                return ContentKinds.Of(original.Path.Kind).Bind(input, context);
            }

            bound[i] = boundFiles is not null && KeyOf(language, original, translation) is { } key
                ? boundFiles.GetOrAdd(key, () => Reported<object?>.Make(problems => Bind(context with { Diagnostics = problems }))).ReportTo(context.Diagnostics)
                : Bind(context);
        });

        return new LanguageContent(
            language,
            Sorted<Municipality>(bound, (a, b) => string.CompareOrdinal(a.Slug, b.Slug)),
            Sorted<Relationship>(bound, (a, b) => Then(string.CompareOrdinal(a.Key.Municipality, b.Key.Municipality), string.CompareOrdinal(a.Slug, b.Slug))),
            Sorted<Network>(bound, (a, b) => string.CompareOrdinal(a.Slug, b.Slug)),
            Sorted<Decision>(bound, (a, b) => Then(b.Date.CompareTo(a.Date), string.CompareOrdinal(a.Slug, b.Slug))),
            Sorted<FreePage>(bound, (a, b) => Then(Then(string.CompareOrdinal(a.Folder, b.Folder), (a.Order ?? int.MaxValue).CompareTo(b.Order ?? int.MaxValue)), string.CompareOrdinal(a.Slug, b.Slug))),
            Sorted<CountryIntro>(bound, (a, b) => string.CompareOrdinal(a.Slug, b.Slug)));
    }

    /// <summary>The translation's keys that take the original's place; the others (a history's notes) its binder matches.</summary>
    private static YamlMapping Replacing(ContentDocument translation)
    {
        var keys = translation.Document.Keys;
        var matched = ContentKinds.Of(translation.Path.Kind).Keys.Where(k => k.InTranslation is not null).Select(k => k.Name).ToList();
        return matched.Count == 0 || !keys.Entries.Any(e => matched.Contains(e.Key.Text))
            ? keys
            : keys with { Entries = [.. keys.Entries.Where(e => !matched.Contains(e.Key.Text))] };
    }

    /// <summary>
    /// The bound records of one kind in the model's order. Each order ends in the slug, so no two records tie. They
    /// come in path order, which is this order unless one folder's name begins another's: checking that is linear,
    /// where sorting 25,000 relationships again is not.
    /// </summary>
    private static List<T> Sorted<T>(IEnumerable<object?> bound, Comparison<T> order)
    {
        var items = bound.OfType<T>().ToList();
        for (var i = 1; i < items.Count; i++)
        {
            if (order(items[i - 1], items[i]) > 0)
            {
                items.Sort(order);
                break;
            }
        }

        return items;
    }

    private static int Then(int first, int second) => first != 0 ? first : second;
}
