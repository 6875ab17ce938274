namespace Portal.Maps.Projections;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018): equal-area, so Greenland keeps its true size
/// beside Europe, with straight parallels and a pleasing world shape. Unit sphere; x spans ±2.7066 at the equator.
/// </summary>
public sealed class EqualEarthProjection(double centralMeridian = 0) : IProjection
{
    private const double A1 = 1.340264;
    private const double A2 = -0.081106;
    private const double A3 = 0.000893;
    private const double A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;

    public (double X, double Y) Project(double longitude, double latitude)
    {
        var lambda = Angles.Normalize(longitude - centralMeridian) * Angles.Radians;
        var theta = Math.Asin(M * Math.Sin(latitude * Angles.Radians));
        var t2 = theta * theta;
        var t6 = t2 * t2 * t2;
        var x = lambda * Math.Cos(theta) / (M * (A1 + (3 * A2 * t2) + (t6 * ((7 * A3) + (9 * A4 * t2)))));
        var y = theta * (A1 + (A2 * t2) + (t6 * (A3 + (A4 * t2))));
        return (x, y);
    }
}
