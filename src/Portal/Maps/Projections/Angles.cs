namespace Portal.Maps.Projections;

internal static class Angles
{
    public const double Radians = Math.PI / 180;

    /// <summary>A longitude difference brought into [-180, 180]; both ends are kept, so +180 stays on the east edge.</summary>
    public static double Normalize(double degrees)
    {
        if (degrees is >= -180 and <= 180)
        {
            return degrees;
        }

        var normalized = (degrees + 180) % 360;
        return (normalized < 0 ? normalized + 360 : normalized) - 180;
    }
}
