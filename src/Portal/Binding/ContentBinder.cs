using System.Collections.Concurrent;
using Portal.Content;

namespace Portal.Binding;

/// <summary>
/// Binds every content file to the model, once per language. A language without a translation gets the
/// original's keys and text, marked as a fallback; a translation's keys replace only the keys it gives.
/// </summary>
public static class ContentBinder
{
    public static IReadOnlyList<LanguageContent> Bind(RawContent raw, SiteSettings site, BindingContext context)
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

        return site.Languages.Select(language => BindLanguage(language, site, originals.Values, translations, context)).ToList();
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
        IEnumerable<ContentDocument> originals,
        ILookup<string, ContentDocument> translations,
        BindingContext context)
    {
        var bound = new ConcurrentBag<object>();
        Parallel.ForEach(originals, original =>
        {
            var translation = language == site.DefaultLanguage
                ? null
                : translations[original.Path.RelativePath].FirstOrDefault(t => t.Path.Language == language);
            // A translation without its own text shows the original's, marked as untranslated.
            var source = translation is not null && !string.IsNullOrWhiteSpace(translation.Document.Body) ? translation : original;
            var keys = translation is null ? original.Document.Keys : original.Document.Keys.OverlaidWith(translation.Document.Keys);
            var text = new ContentText(
                source == original ? site.DefaultLanguage : language,
                IsFallback: source == original && language != site.DefaultLanguage,
                source.Document.Body,
                source.Document.BodyFirstLine,
                source.Document.File);
            var input = new BindingInput(original.Path, keys, text, new KeyPositions(original.Document.File.DisplayPath, keys));
            var item = ContentKinds.Of(original.Path.Kind).Bind(input, context);
            if (item is not null)
            {
                bound.Add(item);
            }
        });

        return new LanguageContent(
            language,
            bound.OfType<Municipality>().OrderBy(m => m.Slug, StringComparer.Ordinal).ToList(),
            bound.OfType<Relationship>().OrderBy(r => r.Key.Municipality, StringComparer.Ordinal).ThenBy(r => r.Slug, StringComparer.Ordinal).ToList(),
            bound.OfType<Network>().OrderBy(n => n.Slug, StringComparer.Ordinal).ToList(),
            bound.OfType<Decision>().OrderByDescending(d => d.Date).ThenBy(d => d.Slug, StringComparer.Ordinal).ToList(),
            bound.OfType<FreePage>().OrderBy(p => p.Folder, StringComparer.Ordinal).ThenBy(p => p.Order ?? int.MaxValue).ThenBy(p => p.Slug, StringComparer.Ordinal).ToList(),
            bound.OfType<CountryIntro>().OrderBy(c => c.Slug, StringComparer.Ordinal).ToList());
    }
}
