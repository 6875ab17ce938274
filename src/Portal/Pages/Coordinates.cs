using System.Globalization;

namespace Portal.Pages;

/// <summary>
/// Writes a position the way a reader of the page's language expects it: 60,29° N, 25,04° E in Swedish, 60.29° N,
/// 25.04° E in English (never a minus sign for west or south). The open data keeps the machine's form.
/// </summary>
public static class Coordinates
{
    public static string Format(GeoPoint point, CultureInfo culture) =>
        $"{Degrees(point.Latitude, culture)} {(point.Latitude < 0 ? "S" : "N")}, {Degrees(point.Longitude, culture)} {(point.Longitude < 0 ? "W" : "E")}";

    private static string Degrees(double value, CultureInfo culture) => Math.Abs(value).ToString("0.00", culture) + "°";
}
