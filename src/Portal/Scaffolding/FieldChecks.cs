using System.Globalization;
using Portal.Content.Decisions;
using Portal.FrontMatter;

namespace Portal.Scaffolding;

/// <summary>
/// Checks an answer by the rules a build applies to the key it becomes: each answer is put in a one-key front
/// matter and read with <see cref="KeyReader"/> (and the catalogue and country checks of binding), so the
/// accepted values and the messages are the build's own.
/// </summary>
public static class FieldChecks
{
    private static readonly SourceLocation Nowhere = SourceLocation.StartOf("answer");

    /// <summary>A non-empty text on one line.</summary>
    public static FieldValue Text(string key, string text)
    {
        if (text.Any(char.IsControl))
        {
            return FieldValue.Bad($"'{key}' must be one line of text");
        }

        return Read(key, Scalar(text), reader => reader.RequiredString(key));
    }

    /// <summary>An ISO 3166-1 alpha-2 code; lower case is accepted and written in upper case.</summary>
    public static FieldValue Country(string text, ScaffoldContext context) =>
        Read("country", Scalar(text.Trim().ToUpperInvariant()), reader => reader.Country("country", required: true, context.Countries));

    public static FieldValue Latitude(string text) => Coordinate("lat", text, "lon");

    public static FieldValue Longitude(string text) => Coordinate("lon", text, "lat");

    /// <summary>One of an enum's kebab-case names: <c>twin-town</c>.</summary>
    public static FieldValue Enum<T>(string key, string text) where T : struct, Enum =>
        Read(key, Scalar(text.Trim()), reader => reader.RequiredEnum<T>(key) is { } value ? KebabName.Of(value) : null);

    /// <summary>A year or an ISO date: <c>1946</c>, <c>1946-05-01</c>.</summary>
    public static FieldValue YearOrDate(string key, string text) =>
        Read(key, Scalar(text.Trim()), reader => reader.IsUnknown(key) ? "unknown" : reader.OptionalPartialDate(key)?.ToString());

    /// <summary>A full ISO date.</summary>
    public static FieldValue Date(string key, string text) =>
        Read(key, Scalar(text.Trim()), reader => reader.RequiredDate(key)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The slug of a file in municipalities/.</summary>
    public static FieldValue Municipality(string text, ScaffoldContext context)
    {
        var diagnostics = new DiagnosticBag();
        var slug = text.Trim();
        return context.Catalog.CheckMunicipality(Scalar(slug), diagnostics) ? FieldValue.Ok(slug) : Problem(diagnostics);
    }

    /// <summary>
    /// A decision's <c>concerns</c>, separated by commas or spaces: <c>huddinge/vanda</c> for a relationship, a slug for a network.
    /// The value is the references joined by commas.
    /// </summary>
    public static FieldValue Concerns(string text, ScaffoldContext context)
    {
        var diagnostics = new DiagnosticBag();
        var references = text.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        if (references.Count == 0)
        {
            return FieldValue.Bad("give at least one relationship (<municipality>/<slug>) or network (<slug>)");
        }

        foreach (var reference in references)
        {
            var scalar = Scalar(reference);
            context.Catalog.CheckConcern(scalar, DecisionBinder.ParseReference(scalar), diagnostics);
        }

        return diagnostics.HasErrors
            ? FieldValue.Bad(string.Join("; ", diagnostics.Sorted().Select(d => d.Message)))
            : FieldValue.Ok(string.Join(',', references));
    }

    /// <summary>What a build would warn about a position in a country (outside it, at sea, lat and lon swapped), or null.</summary>
    public static string? LocationProblem(string country, string latitude, string longitude, ScaffoldContext context)
    {
        var diagnostics = new DiagnosticBag();
        var location = new YamlMapping([Entry("lat", Scalar(latitude)), Entry("lon", Scalar(longitude))], Nowhere);
        var keys = new KeyReader(new YamlMapping([Entry("location", location)], Nowhere), ["location"], diagnostics);
        if (keys.Location("location", required: true) is not { } point)
        {
            return Problem(diagnostics).Problem;
        }

        // A location check reads no dates, so the build's date does not matter here.
        LocationCheck.Warn(keys, country, point, new BindingContext(diagnostics, context.Countries, new HashSet<string>(), context.Catalog, context.Locator, Today: DateOnly.MaxValue));
        return diagnostics.Sorted().FirstOrDefault()?.Message;
    }

    /// <summary>A slug's problem in the words of the build's file-name rule, with the fixed name; null when it is valid.</summary>
    public static string? SlugProblem(string what, string slug) =>
        Slug.IsValid(slug) ? null : $"the {what} '{slug}' must be lower-case letters a-z, digits and '-'; use '{Slug.Suggest(slug)}'";

    private static FieldValue Coordinate(string key, string text, string other)
    {
        var location = new YamlMapping([Entry(key, Scalar(text.Trim())), Entry(other, Scalar("0"))], Nowhere);
        return Read("location", location, reader => reader.Location("location", required: true) is { } point
            ? (key == "lat" ? point.Latitude : point.Longitude).ToString(CultureInfo.InvariantCulture)
            : null);
    }

    private static FieldValue Read(string key, YamlValue value, Func<KeyReader, string?> read)
    {
        var diagnostics = new DiagnosticBag();
        var result = read(new KeyReader(new YamlMapping([Entry(key, value)], Nowhere), [key], diagnostics));
        return result is not null && !diagnostics.HasErrors ? FieldValue.Ok(result) : Problem(diagnostics);
    }

    private static FieldValue Problem(DiagnosticBag diagnostics) =>
        FieldValue.Bad(diagnostics.Sorted().FirstOrDefault()?.Message ?? "this value cannot be used");

    /// <summary>An answer is text as a quoted YAML scalar would be: never read as empty or null.</summary>
    private static YamlScalar Scalar(string text) => new(text, IsPlain: false, Nowhere);

    private static YamlEntry Entry(string key, YamlValue value) => new(new YamlScalar(key, IsPlain: true, Nowhere), value);
}
