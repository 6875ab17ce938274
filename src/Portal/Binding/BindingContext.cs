using Portal.Countries;
using Portal.FrontMatter;
using Portal.Geography;

namespace Portal.Binding;

/// <summary>What binders need besides the file itself. <paramref name="Today"/> is the build's date, from the build options.</summary>
public sealed record BindingContext(DiagnosticBag Diagnostics, CountryNames Countries, IReadOnlySet<string> AssetPaths, ContentCatalog Catalog, CountryLocator Locator, DateOnly Today);

/// <summary>One file's keys (a translation's laid over its original's) and the text for one language.</summary>
/// <param name="Positions">Where the keys stand, kept in the model for checks made across files.</param>
/// <param name="Translation">When binding a language other than the original's: what the translation gives.</param>
/// <param name="Language">The language the file is bound in: its page's.</param>
public sealed record BindingInput(ContentPath Path, YamlMapping Keys, ContentText Text, KeyPositions Positions, string Language, TranslationInput? Translation = null)
{
    /// <summary>
    /// The language a translatable key's value is in when that is not the page's, where the editor may name the value's
    /// language (<paramref name="declared"/>: a network called by its English name): a translation's value is in the
    /// page's language, a declared one in the language declared, and any other in the original's.
    /// </summary>
    public string? LanguageOf(string key, string? declared) =>
        Translation?.Keys?.Find(key) is not null ? null
        : declared is not null ? (string.Equals(declared, Language, StringComparison.OrdinalIgnoreCase) ? null : declared)
        : OriginalLanguageOf(key);

    /// <summary>
    /// The language a translatable key's value is in when that is not the page's: the original's, for a key the
    /// translation leaves out (or when there is no translation). Null when the value is in the page's language.
    /// </summary>
    public string? OriginalLanguageOf(string key) =>
        Translation is { } translation && translation.Keys?.Find(key) is null ? translation.OriginalLanguage : null;
}

/// <param name="Keys">The translation's own keys; null when the file has no translation into this language.</param>
/// <param name="OriginalLanguage">The language the original is written in (the site's default).</param>
public sealed record TranslationInput(YamlMapping? Keys, string OriginalLanguage);
