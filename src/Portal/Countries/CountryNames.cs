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
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    private CountryNames(FrozenDictionary<string, FrozenDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    public static CountryNames Shipped { get; } = Load("sv", "en");

    public IEnumerable<string> Codes => _byLanguage["en"].Keys;

    public bool IsKnown(string code) => _byLanguage["en"].ContainsKey(code);

    public string NameOf(string code, string language)
    {
        var names = _byLanguage.GetValueOrDefault(language) ?? _byLanguage["en"];
        return names.TryGetValue(code, out var name) ? name : code;
    }

    private static CountryNames Load(params string[] languages)
    {
        var assembly = typeof(CountryNames).Assembly;
        var byLanguage = languages.ToFrozenDictionary(l => l, l => ReadNames(assembly, l));
        return new CountryNames(byLanguage);
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
