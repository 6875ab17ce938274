using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace Portal.Countries;

/// <summary>
/// ISO 3166-1 alpha-2 codes and their names, from the data files of the npm package i18n-iso-countries
/// (MIT; see Countries/Data/README.md). Names in a language without a data file fall back to English.
/// </summary>
public sealed class CountryNames
{
    /// <summary>Two-letter codes editors write for a country that are not its ISO code: languages' codes, mostly.</summary>
    private static readonly FrozenDictionary<string, string> Confusions = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["DA"] = "DK",
        ["NB"] = "NO",
        ["NN"] = "NO",
        ["KL"] = "GL",
        ["SW"] = "SE",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;
    private readonly Lazy<FrozenDictionary<string, string>> _alpha2ByAlpha3;

    private CountryNames(FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage, Func<FrozenDictionary<string, string>> alpha2ByAlpha3)
    {
        _byLanguage = byLanguage;
        _alpha2ByAlpha3 = new Lazy<FrozenDictionary<string, string>>(alpha2ByAlpha3);
    }

    public static CountryNames Shipped { get; } = Load("sv", "en");

    public IEnumerable<string> Codes => _byLanguage["en"].Keys;

    public bool IsKnown(string code) => _byLanguage["en"].ContainsKey(code);

    public string NameOf(string code, string language)
    {
        var names = _byLanguage.GetValueOrDefault(language) ?? _byLanguage["en"];
        return names.TryGetValue(code, out var name) ? name : code;
    }

    /// <summary>
    /// The code an editor most likely meant by a text that is not a code, or null: the alpha-3 code (FIN), the
    /// country's name in one of the languages (Finland, Tyskland), a language's code (DA) or the two letters swapped
    /// (IF). Any other two letters are one letter from dozens of codes, so no guess is made.
    /// </summary>
    public string? Suggest(string text)
    {
        var trimmed = text.Trim();
        var upper = trimmed.ToUpperInvariant();
        if (upper.Length == 2)
        {
            var swapped = new string([upper[1], upper[0]]);
            return Confusions.GetValueOrDefault(upper) ?? (IsKnown(swapped) ? swapped : null);
        }

        if (upper.Length == 3 && _alpha2ByAlpha3.Value.TryGetValue(upper, out var alpha2))
        {
            return alpha2;
        }

        return _byLanguage.Values.SelectMany(n => n)
            .FirstOrDefault(n => string.Equals(n.Value, trimmed, StringComparison.OrdinalIgnoreCase)).Key;
    }

    private static CountryNames Load(params string[] languages)
    {
        var assembly = typeof(CountryNames).Assembly;
        var byLanguage = languages.ToFrozenDictionary(l => l, l => ReadNames(assembly, l));
        return new CountryNames(byLanguage, () => ReadAlpha3(assembly));
    }

    /// <summary>codes.json: rows of [alpha-2, alpha-3, numeric, subdivision code].</summary>
    private static FrozenDictionary<string, string> ReadAlpha3(Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream("Portal.Countries.codes.json")
            ?? throw new InvalidOperationException("the country codes are not embedded");
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.EnumerateArray()
            .ToFrozenDictionary(row => row[1].GetString()!, row => row[0].GetString()!, StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> ReadNames(Assembly assembly, string language)
    {
        using var stream = assembly.GetManifestResourceStream($"Portal.Countries.{language}.json")
            ?? throw new InvalidOperationException($"country names for '{language}' are not embedded");
        using var json = JsonDocument.Parse(stream);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in json.RootElement.GetProperty("countries").EnumerateObject())
        {
            // A value is a name or a list of names, the first being the official short name.
            names[country.Name] = country.Value.ValueKind == JsonValueKind.Array
                ? country.Value[0].GetString()!
                : country.Value.GetString()!;
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
