using System.Globalization;
using System.Text.Json;

namespace Portal.Geography;

/// <summary>
/// Reads the ISO 3166-1 code table of i18n-iso-countries (<c>[alpha2, alpha3, numeric, iso]</c> per country) into
/// alpha-2 codes by their numeric code.
/// </summary>
public static class IsoNumericCodeReader
{
    /// <exception cref="JsonException">The text is not such a table.</exception>
    public static IReadOnlyDictionary<int, string> Read(Stream utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var alpha2ByNumeric = new Dictionary<int, string>();
        foreach (var row in document.RootElement.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() < 3
                || row[0].GetString() is not { Length: 2 } alpha2
                || !int.TryParse(row[2].GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var numeric))
            {
                throw new JsonException($"a row of the country code table must be [alpha2, alpha3, numeric, …], not {row.GetRawText()}");
            }

            alpha2ByNumeric[numeric] = alpha2;
        }

        return alpha2ByNumeric;
    }
}
