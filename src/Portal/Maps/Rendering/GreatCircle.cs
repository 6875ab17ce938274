using Portal.Maps.Projections;

namespace Portal.Maps.Rendering;

/// <summary>Points along the shortest route on the globe between two places (spherical linear interpolation).</summary>
public static class GreatCircle
{
    /// <summary>The route as points, one about every three degrees of arc: a short route is a few points, a long one curves smoothly.</summary>
    public static IEnumerable<(double Longitude, double Latitude)> Between(GeoPoint from, GeoPoint to)
    {
        var a = ToVector(from);
        var b = ToVector(to);
        var omega = Math.Acos(Math.Clamp((a.X * b.X) + (a.Y * b.Y) + (a.Z * b.Z), -1, 1));
        var segments = Math.Clamp((int)Math.Ceiling(omega / Angles.Radians / 3), 2, 32);
        for (var i = 0; i <= segments; i++)
        {
            var t = (double)i / segments;
            if (omega < 1e-9)
            {
                yield return (from.Longitude, from.Latitude);
                continue;
            }

            var wa = Math.Sin((1 - t) * omega) / Math.Sin(omega);
            var wb = Math.Sin(t * omega) / Math.Sin(omega);
            var x = (wa * a.X) + (wb * b.X);
            var y = (wa * a.Y) + (wb * b.Y);
            var z = (wa * a.Z) + (wb * b.Z);
            yield return (Math.Atan2(y, x) / Angles.Radians, Math.Atan2(z, Math.Sqrt((x * x) + (y * y))) / Angles.Radians);
        }
    }

    private static (double X, double Y, double Z) ToVector(GeoPoint point)
    {
        var lat = point.Latitude * Angles.Radians;
        var lon = point.Longitude * Angles.Radians;
        return (Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
    }
}
