namespace Portal.Maps.Planar;

/// <summary>
/// A point of the plane: degrees (x longitude, y latitude) or pixels. A value, unlike NTS's <c>Coordinate</c> (an
/// object, copied by cloning at every step of a geometry operation): an array of them is one object however many
/// points a ring has.
/// </summary>
public readonly record struct PlanePoint(double X, double Y)
{
    /// <summary>Whether both ordinates are equal as numbers (so 0 equals -0), as NTS's <c>Coordinate.Equals2D</c>.</summary>
    public bool Equals2D(PlanePoint other) => X == other.X && Y == other.Y;

    /// <summary>The Euclidean distance, computed as NTS's <c>Coordinate.Distance</c> does.</summary>
    public double Distance(PlanePoint other)
    {
        var dx = X - other.X;
        var dy = Y - other.Y;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
