using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Portal.Countries;

/// <summary>
/// The language a country's places are most likely named in, from CLDR's likely subtags (<c>und-FI</c> →
/// <c>fi-Latn-FI</c>), the data ICU and browsers use for the same question; see Countries/Data/README.md. A partner's
/// local name is marked with it, so that a screen reader pronounces Tampere as Finnish and 广州 as Chinese (WCAG 3.1.2).
/// </summary>
public sealed class CountryLanguages
{
    private readonly FrozenDictionary<string, string> _byCountry;
    private readonly string _default;

    private CountryLanguages(FrozenDictionary<string, string> byCountry, string @default) => (_byCountry, _default) = (byCountry, @default);

    public static CountryLanguages Shipped { get; } = Load();

    /// <summary>
    /// The language subtag (<c>fi</c>, <c>zh</c>) of the country's most likely language. CLDR leaves out the regions
    /// whose likely language is its default's (<c>und</c> → English): those are English, as CLDR's lookup makes them.
    /// Null for a code that is no country.
    /// </summary>
    public string? MainLanguageOf(string countryCode) =>
        _byCountry.GetValueOrDefault(countryCode) ?? (CountryNames.Shipped.IsKnown(countryCode) ? _default : null);

    private static CountryLanguages Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Portal.Countries.likelySubtags.json")
            ?? throw new InvalidOperationException("the CLDR likely subtags are not embedded in the portal");
        using var document = JsonDocument.Parse(stream);
        var byCountry = new Dictionary<string, string>(StringComparer.Ordinal);
        var subtags = document.RootElement.GetProperty("supplemental").GetProperty("likelySubtags");
        var undetermined = subtags.GetProperty("und").GetString()!;
        foreach (var entry in subtags.EnumerateObject())
        {
            // Only "und-XX", an unknown language in a region: what CLDR expects there. Its value is language-Script-XX.
            if (entry.Name.Length == 6 && entry.Name.StartsWith("und-", StringComparison.Ordinal) && char.IsAsciiLetterUpper(entry.Name[4]))
            {
                var likely = entry.Value.GetString()!;
                byCountry[entry.Name[4..]] = likely[..likely.IndexOf('-')];
            }
        }

        return new CountryLanguages(byCountry.ToFrozenDictionary(StringComparer.Ordinal), undetermined[..undetermined.IndexOf('-')]);
    }
}
