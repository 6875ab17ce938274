using Portal.Geography;

namespace Portal.Binding;

/// <summary>
/// Checks a typed position against the country it is said to be in, with the country polygons (a small margin for
/// coasts and islands), and warns at the line of <c>location</c>: a wrong country, a point at sea, or lat and lon swapped.
/// </summary>
public static class LocationCheck
{
    /// <summary>Sweden, where every municipality of the portal lies.</summary>
    public const string Sweden = "SE";

    public static void Warn(KeyReader keys, string country, GeoPoint location, BindingContext context)
    {
        var check = context.Locator.Check(country, location.Latitude, location.Longitude);
        var expected = Describe(country, context);
        var message = check.Outcome switch
        {
            CoordinateCheckOutcome.LooksSwapped =>
                $"did you swap lat and lon? {{lat: {location.Latitude}, lon: {location.Longitude}}} lies {Where(check.CountryFound, context)}, but {{lat: {location.Longitude}, lon: {location.Latitude}}} lies in {expected}",
            CoordinateCheckOutcome.WrongCountry =>
                $"the location lies {Where(check.CountryFound, context)}, not in {expected}; check lat and lon (decimal degrees, north and east positive)",
            _ => null,
        };
        if (message is not null)
        {
            context.Diagnostics.Warning(Diagnostics.DiagnosticCodes.LocationOutsideCountry, keys.LocationOf("location"), message);
        }
    }

    private static string Where(string? country, BindingContext context) =>
        country is null ? "in no country (at sea, or far from land)" : $"in {Describe(country, context)}";

    private static string Describe(string country, BindingContext context) => $"{context.Countries.NameOf(country, "en")} ({country})";
}
