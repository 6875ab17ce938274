using System.Globalization;

namespace Portal.Pages;

/// <summary>Writes a position the way a reader expects it: 60.29° N, 25.04° E (never a minus sign for west or south).</summary>
public static class Coordinates
{
    public static string Format(GeoPoint point) =>
        $"{Degrees(point.Latitude)} {(point.Latitude < 0 ? "S" : "N")}, {Degrees(point.Longitude)} {(point.Longitude < 0 ? "W" : "E")}";

    private static string Degrees(double value) => Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture) + "°";
}
