using System.Globalization;
using Portal.Countries;
using Portal.FrontMatter;
using Portal.Markdown.Links;

namespace Portal.Binding;

/// <summary>
/// Reads typed values out of front matter, reporting every problem at the line and column of the key or
/// value. Each method returns null when the value is missing or wrong, so one file's errors are all found in one build.
/// </summary>
public sealed class KeyReader
{
    private static readonly string[] Coordinates = ["lat", "lon"];

    private readonly YamlMapping _keys;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Required keys absent because an unknown key is their misspelling, which is reported at that key instead.</summary>
    private readonly HashSet<string>? _misspelt;

    /// <param name="definitions">Every key this kind of file may have; others get a warning with the nearest valid key.</param>
    public KeyReader(YamlMapping keys, IReadOnlyList<KeyDefinition> definitions, DiagnosticBag diagnostics)
        : this(keys, definitions.Select(d => d.Name).ToList(), diagnostics, definitions.Where(d => d.Required).Select(d => d.Name).ToList())
    {
    }

    /// <param name="allowedKeys">Every key the mapping may have; others get a warning with the nearest valid key.</param>
    /// <param name="requiredKeys">
    /// The keys of <paramref name="allowedKeys"/> that must be given. An unknown key nearest to one of them that is
    /// absent is that key misspelt: one error at the misspelling, not a warning there and a missing key at the top.
    /// </param>
    public KeyReader(YamlMapping keys, IReadOnlyCollection<string> allowedKeys, DiagnosticBag diagnostics, IReadOnlyCollection<string>? requiredKeys = null)
    {
        _keys = keys;
        _diagnostics = diagnostics;
        foreach (var entry in keys.Entries)
        {
            if (allowedKeys.Contains(entry.Key.Text))
            {
                continue;
            }

            var near = NearestMatch.Find(entry.Key.Text, allowedKeys);
            if (near is not null && requiredKeys is not null && requiredKeys.Contains(near) && keys.Find(near) is null)
            {
                (_misspelt ??= []).Add(near);
                diagnostics.Error(DiagnosticCodes.MissingKey, entry.Key.Location, $"unknown key '{entry.Key.Text}': did you mean the required key '{near}'?");
                continue;
            }

            diagnostics.Warning(
                DiagnosticCodes.UnknownKey,
                entry.Key.Location,
                $"unknown key '{entry.Key.Text}' is ignored{NearestMatch.Hint(near)}");
        }
    }

    public SourceLocation Start => _keys.Location;

    public bool Has(string key) => Value(key) is not null;

    /// <summary>True when the key's value is the word <c>unknown</c>: given, but known to be unknown.</summary>
    public bool IsUnknown(string key) => Value(key) is YamlScalar scalar && scalar.Text.Trim() == "unknown";

    public SourceLocation LocationOf(string key) => _keys.Find(key)?.Key.Location ?? _keys.Location;

    public string? RequiredString(string key) => String(key, required: true);

    public YamlScalar? RequiredScalar(string key) => Scalar(key, required: true);

    public YamlScalar? OptionalScalar(string key) => Scalar(key, required: false);

    public string? OptionalString(string key) => String(key, required: false);

    /// <summary>A text that the open data publishes as a cell of <c>data/partners.csv</c>: it may not start like a spreadsheet formula.</summary>
    public string? RequiredCellText(string key) => CellText(key, String(key, required: true));

    /// <inheritdoc cref="RequiredCellText"/>
    public string? OptionalCellText(string key) => CellText(key, String(key, required: false));

    /// <summary>
    /// A language as BCP 47 writes it (<c>fi</c>, <c>se</c>, <c>zh-Hant</c>): a language code of two or three letters,
    /// then subtags of letters and digits. The case is kept as written; a language code in upper case is a likely slip.
    /// </summary>
    public string? OptionalLanguageTag(string key)
    {
        var scalar = Scalar(key, required: false);
        var text = scalar?.Text.Trim();
        if (scalar is null || string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split('-');
        var valid = parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetterLower)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
        if (!valid)
        {
            Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{text}' is not a BCP 47 language tag: write the language's code in lower case, such as fi, se or zh-Hant");
            return null;
        }

        return text;
    }

    public int? OptionalInteger(string key, int min = 0)
    {
        var scalar = Scalar(key, required: false);
        if (scalar is null)
        {
            return null;
        }

        if (int.TryParse(scalar.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min)
        {
            return number;
        }

        Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{key}' must be a whole number ({min} or more), not '{scalar.Text}'");
        return null;
    }

    /// <summary>A key that is on or off: <c>true</c> or <c>false</c>, as YAML 1.2 writes them (not yes, no, on or off).</summary>
    public bool? OptionalSwitch(string key)
    {
        var scalar = Scalar(key, required: false);
        switch (scalar?.Text.Trim())
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{key}' must be true or false, not '{scalar.Text}'");
                return null;
        }
    }

    public Uri? OptionalAbsoluteUrl(string key)
    {
        var scalar = Scalar(key, required: false);
        return scalar is null ? null : AbsoluteUrl(scalar, key);
    }

    public Uri? AbsoluteUrl(YamlScalar scalar, string key)
    {
        if (Uri.TryCreate(scalar.Text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }

        if (!UrlSafety.IsAllowed(scalar.Text))
        {
            var shown = scalar.Text.Length > 40 ? scalar.Text[..40] + "…" : scalar.Text;
            Error(DiagnosticCodes.UnsafeUrl, scalar.Location, $"the address '{shown}' in '{key}' uses the scheme '{UrlSafety.SchemeOf(scalar.Text)}:', which is not allowed; write an absolute https:// address");
            return null;
        }

        Error(DiagnosticCodes.InvalidUrl, scalar.Location, $"'{key}' must be an absolute http(s) address such as https://example.org/, not '{scalar.Text}'");
        return null;
    }

    public T? RequiredEnum<T>(string key) where T : struct, Enum => Enum<T>(key, required: true);

    public T? OptionalEnum<T>(string key) where T : struct, Enum => Enum<T>(key, required: false);

    public IReadOnlyList<T> EnumList<T>(string key) where T : struct, Enum =>
        ScalarList(key).Select(s => ParseEnum<T>(s, key)).OfType<T>().Distinct().ToList();

    public IReadOnlyList<YamlScalar> ScalarList(string key)
    {
        var value = Value(key);
        switch (value)
        {
            case null:
                return [];
            case YamlScalar scalar:
                // A single value where a list is expected is read as a list of one: editors write it that way.
                return [scalar];
            case YamlSequence sequence:
                var items = new List<YamlScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } s)
                    {
                        items.Add(s);
                    }
                    else
                    {
                        Error(DiagnosticCodes.WrongType, item.Location, $"each item of '{key}' must be a single value");
                    }
                }

                return items;
            default:
                Error(DiagnosticCodes.WrongType, value.Location, $"'{key}' must be a list (- item), not a map");
                return [];
        }
    }

    public YamlMapping? OptionalMapping(string key)
    {
        var value = Value(key);
        if (value is null or YamlMapping)
        {
            return value as YamlMapping;
        }

        Error(DiagnosticCodes.WrongType, value.Location, $"'{key}' must be keys with values ({key}: {{…}})");
        return null;
    }

    /// <param name="example">An entry as the editor would write it, for the message when the value is not a list of entries.</param>
    public IReadOnlyList<YamlMapping> MappingList(string key, string example = "municipality: …, since: …")
    {
        var value = Value(key);
        if (value is null)
        {
            return [];
        }

        if (value is not YamlSequence sequence)
        {
            Error(DiagnosticCodes.WrongType, value.Location, $"'{key}' must be a list of entries (- {example})");
            return [];
        }

        var items = new List<YamlMapping>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping mapping)
            {
                items.Add(mapping);
            }
            else
            {
                Error(DiagnosticCodes.WrongType, item.Location, $"each item of '{key}' must be keys with values ({{{example}}})");
            }
        }

        return items;
    }

    /// <summary>
    /// A year or a date; null when absent, wrong, or written <c>unknown</c> (<see cref="IsUnknown"/>): what an editor
    /// writes when no source gives the year, so that a check for a missing year knows it is missing on purpose.
    /// </summary>
    public PartialDate? OptionalPartialDate(string key) => YearOrDate(key, required: false);

    /// <summary>A year or a date that must be given: <c>unknown</c> is not one.</summary>
    public PartialDate? RequiredPartialDate(string key) => YearOrDate(key, required: true);

    private PartialDate? YearOrDate(string key, bool required)
    {
        var scalar = Scalar(key, required, "a year or a date");
        if (scalar is null || (!required && IsUnknown(key)))
        {
            return null;
        }

        if (PartialDate.TryParse(scalar.Text, out var date))
        {
            return date;
        }

        Error(DiagnosticCodes.InvalidDate, scalar.Location, $"'{key}' must be a year (1946) or a date (1946-05-01), not '{scalar.Text}'");
        return null;
    }

    public DateOnly? RequiredDate(string key) => FullDate(key, required: true);

    public DateOnly? OptionalDate(string key) => FullDate(key, required: false);

    private DateOnly? FullDate(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (PartialDate.TryParse(scalar.Text, out var date) && date.ToDateOnly() is { } full)
        {
            return full;
        }

        Error(DiagnosticCodes.InvalidDate, scalar.Location, $"'{key}' must be a date written YYYY-MM-DD (2024-02-12), not '{scalar.Text}'");
        return null;
    }

    /// <summary>Reads <c>{lat: …, lon: …}</c>.</summary>
    public GeoPoint? Location(string key, bool required)
    {
        var value = Value(key);
        if (value is null)
        {
            if (required)
            {
                Missing(key, "a position such as {lat: 58.38, lon: 12.32}");
            }

            return null;
        }

        if (value is not YamlMapping mapping)
        {
            Error(DiagnosticCodes.WrongType, value.Location, $"'{key}' must be written {{lat: 58.38, lon: 12.32}}");
            return null;
        }

        var split = SplitByDecimalComma(mapping);
        var coordinates = split.Count == 0 ? mapping : mapping with { Entries = [.. mapping.Entries.Where(e => !split.Contains(e))] };
        var inner = new KeyReader(coordinates, Coordinates, _diagnostics, requiredKeys: Coordinates);
        var lat = inner.Coordinate("lat", 90);
        var lon = inner.Coordinate("lon", 180);
        return split.Count > 0 || lat is null || lon is null ? null : new GeoPoint(lat.Value, lon.Value);
    }

    /// <summary>
    /// The keys of digits in a position, each reported. A decimal comma in a flow map, <c>{lat: 61,77, lon: 23,07}</c>,
    /// is YAML's separator: it reads lat 61 and a key '77', a point in the wrong place that would still build.
    /// </summary>
    private List<YamlEntry> SplitByDecimalComma(YamlMapping mapping)
    {
        var split = new List<YamlEntry>();
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var key = mapping.Entries[i].Key;
            if (key.Text.Length == 0 || !key.Text.All(char.IsAsciiDigit))
            {
                continue;
            }

            split.Add(mapping.Entries[i]);
            var before = i > 0 ? mapping.Entries[i - 1] : null;
            var message = before is { Key.Text: "lat" or "lon", Value: YamlScalar { IsPlain: true } whole } && IsWholeNumber(whole.Text)
                ? $"a decimal comma splits '{before.Key.Text}' into {whole.Text} and a key '{key.Text}'; write '{before.Key.Text}: {whole.Text}.{key.Text}', with a decimal point"
                : $"'{key.Text}' is not a key of a position: a decimal comma splits a number in two; write lat and lon with decimal points, {{lat: 58.38, lon: 12.32}}";
            Error(DiagnosticCodes.InvalidCoordinate, key.Location, message);
        }

        return split;
    }

    private static bool IsWholeNumber(string text) =>
        text.TrimStart('-', '+') is { Length: > 0 } digits && digits.All(char.IsAsciiDigit);

    /// <summary>Reads an ISO 3166-1 alpha-2 code, upper case.</summary>
    public string? Country(string key, bool required, CountryNames countries)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        var code = scalar.Text;
        if (countries.IsKnown(code))
        {
            return code;
        }

        var hint = code.ToUpperInvariant() switch
        {
            var upper when countries.IsKnown(upper) => $"; country codes are upper case: '{upper}'",
            "UK" => "; the code for the United Kingdom is 'GB'",
            "EL" => "; the code for Greece is 'GR'",
            _ => countries.Suggest(code) is { } near ? $"; did you mean '{near}' ({countries.NameOf(near, "en")})?" : string.Empty,
        };
        Error(DiagnosticCodes.UnknownCountry, scalar.Location, $"'{code}' is not an ISO 3166-1 alpha-2 country code{hint}");
        return null;
    }

    /// <summary>A string, or a map of language to string.</summary>
    public LocalizedText? RequiredLocalized(string key, IReadOnlyList<string> languages) => Localized(key, languages, required: true);

    public LocalizedText? OptionalLocalized(string key, IReadOnlyList<string> languages) => Localized(key, languages, required: false);

    private LocalizedText? Localized(string key, IReadOnlyList<string> languages, bool required)
    {
        var value = Value(key);
        switch (value)
        {
            case null:
                if (required)
                {
                    Missing(key, "text, or one text per language ({sv: …, en: …})");
                }

                return null;
            case YamlScalar scalar when string.IsNullOrWhiteSpace(scalar.Text):
                if (required)
                {
                    Error(DiagnosticCodes.MissingKey, scalar.Location, $"'{key}' must not be empty");
                }

                return null;
            case YamlScalar scalar:
                return new LocalizedText(new Dictionary<string, string>(), scalar.Text);
            case YamlMapping mapping:
                var inner = new KeyReader(mapping, languages, _diagnostics);
                var texts = languages.Select(l => (l, inner.OptionalString(l))).Where(p => p.Item2 is not null)
                    .ToDictionary(p => p.l, p => p.Item2!);
                if (texts.Count == 0)
                {
                    Error(DiagnosticCodes.MissingKey, mapping.Location, $"'{key}' needs a text for at least one of: {string.Join(", ", languages)}");
                    return null;
                }

                return new LocalizedText(texts, texts.GetValueOrDefault(languages[0]) ?? texts.Values.First());
            default:
                Error(DiagnosticCodes.WrongType, value.Location, $"'{key}' must be a text, or one text per language ({{sv: …, en: …}})");
                return null;
        }
    }

    private double? Coordinate(string key, double limit)
    {
        var scalar = Scalar(key, required: true);
        if (scalar is null)
        {
            return null;
        }

        if (double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees)
            && double.IsFinite(degrees) && Math.Abs(degrees) <= limit)
        {
            return degrees;
        }

        Error(DiagnosticCodes.InvalidCoordinate, scalar.Location, $"'{key}' must be decimal degrees between -{limit} and {limit} with a point, not '{scalar.Text}'");
        return null;
    }

    private T? Enum<T>(string key, bool required) where T : struct, Enum
    {
        var scalar = Scalar(key, required, $"one of: {string.Join(", ", KebabName.All<T>())}");
        return scalar is null ? null : ParseEnum<T>(scalar, key);
    }

    private T? ParseEnum<T>(YamlScalar scalar, string key) where T : struct, Enum
    {
        if (KebabName.TryParse<T>(scalar.Text, out var value))
        {
            return value;
        }

        var valid = KebabName.All<T>();
        var hint = SwedishGlosses.ValueFor<T>(scalar.Text) is { } meant && !string.Equals(KebabName.Of(meant), scalar.Text.Trim(), StringComparison.OrdinalIgnoreCase)
            ? $"did you mean '{KebabName.Of(meant)}'? (values are written in English) "
            : NearestMatch.Find(scalar.Text, valid) is { } near
                ? $"did you mean '{near}'? "
                : string.Empty;
        Error(DiagnosticCodes.InvalidValue, scalar.Location, $"'{scalar.Text}' is not a valid value for '{key}'; {hint}valid values: {string.Join(", ", valid)}");
        return null;
    }

    private string? String(string key, bool required)
    {
        var scalar = Scalar(key, required);
        if (scalar is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Text))
        {
            if (required)
            {
                Error(DiagnosticCodes.MissingKey, scalar.Location, $"'{key}' must not be empty");
            }

            return null;
        }

        return scalar.Text.Trim();
    }

    private string? CellText(string key, string? text)
    {
        if (text is null || !OpenData.SpreadsheetFormula.StartsLikeOne(text))
        {
            return text;
        }

        var value = (YamlScalar)Value(key)!;
        Error(
            DiagnosticCodes.SpreadsheetFormula,
            value.Location,
            $"'{key}' begins with '{text[0]}', which a spreadsheet program runs as a formula when it opens the open data (data/partners.csv); write the {key} without it");
        return null;
    }

    private YamlScalar? Scalar(string key, bool required, string? expected = null)
    {
        var value = Value(key);
        switch (value)
        {
            case null:
                if (required)
                {
                    Missing(key, expected);
                }

                return null;
            case YamlScalar scalar:
                return scalar;
            default:
                Error(DiagnosticCodes.WrongType, value.Location, $"'{key}' must be a single value, not a {(value is YamlSequence ? "list" : "map")}");
                return null;
        }
    }

    /// <summary>The value of a key, or null when absent or written empty.</summary>
    private YamlValue? Value(string key) =>
        _keys.Find(key)?.Value is { } value && value is not YamlScalar { IsNull: true } ? value : null;

    private void Missing(string key, string? expected)
    {
        if (_misspelt?.Contains(key) == true)
        {
            return;
        }

        var given = _keys.Find(key);
        var at = given?.Key.Location ?? _keys.Location;
        var what = expected is null ? string.Empty : $" ({expected})";
        Error(DiagnosticCodes.MissingKey, at, given is null ? $"the required key '{key}' is missing{what}" : $"the required key '{key}' is empty; give it a value{what}");
    }

    private void Error(string code, SourceLocation at, string message) => _diagnostics.Error(code, at, message);
}
