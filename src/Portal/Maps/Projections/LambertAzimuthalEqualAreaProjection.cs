namespace Portal.Maps.Projections;

/// <summary>
/// Lambert's azimuthal equal-area projection centred on a point: the projection Europe's statistical maps use
/// (ETRS89-LAEA centres it on 52° N, 10° E). Areas are true and shapes near the centre barely distorted, which suits
/// a country, the Nordic region or a municipality with its partners. Unit sphere.
/// </summary>
public sealed class LambertAzimuthalEqualAreaProjection : IProjection
{
    private readonly double _lambda0;
    private readonly double _sinPhi0;
    private readonly double _cosPhi0;

    public LambertAzimuthalEqualAreaProjection(double centerLongitude, double centerLatitude)
    {
        _lambda0 = centerLongitude * Angles.Radians;
        _sinPhi0 = Math.Sin(centerLatitude * Angles.Radians);
        _cosPhi0 = Math.Cos(centerLatitude * Angles.Radians);
    }

    public (double X, double Y) Project(double longitude, double latitude)
    {
        var phi = latitude * Angles.Radians;
        var dLambda = (longitude * Angles.Radians) - _lambda0;
        var sinPhi = Math.Sin(phi);
        var cosPhi = Math.Cos(phi);
        var cosDLambda = Math.Cos(dLambda);
        var denominator = 1 + (_sinPhi0 * sinPhi) + (_cosPhi0 * cosPhi * cosDLambda);

        // The antipode of the centre has no image; put it on the rim so nothing divides by zero.
        var k = Math.Sqrt(2 / Math.Max(denominator, 1e-12));
        return (k * cosPhi * Math.Sin(dLambda), k * ((_cosPhi0 * sinPhi) - (_sinPhi0 * cosPhi * cosDLambda)));
    }
}
