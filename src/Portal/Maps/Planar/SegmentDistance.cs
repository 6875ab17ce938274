namespace Portal.Maps.Planar;

/// <summary>
/// Distances from points to one segment, each computed as NTS's <c>DistanceComputer.PointToSegment</c> computes it, to
/// the last bit. What depends on the segment alone is worked out once: Douglas-Peucker measures many points against
/// one segment, and the same operations on the same numbers give the same result.
/// </summary>
public readonly struct SegmentDistance
{
    private readonly PlanePoint _a;
    private readonly PlanePoint _b;
    private readonly double _dx;
    private readonly double _dy;
    private readonly double _len2;
    private readonly double _length;

    public SegmentDistance(PlanePoint a, PlanePoint b)
    {
        _a = a;
        _b = b;
        _dx = b.X - a.X;
        _dy = b.Y - a.Y;
        _len2 = (_dx * _dx) + (_dy * _dy);
        _length = Math.Sqrt(_len2);
    }

    /// <summary>The distance from <paramref name="p"/> to the segment from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static double PointToSegment(PlanePoint p, PlanePoint a, PlanePoint b) => new SegmentDistance(a, b).To(p);

    /// <summary>The distance from <paramref name="p"/> to the segment.</summary>
    public double To(PlanePoint p)
    {
        if (_a.X == _b.X && _a.Y == _b.Y)
        {
            return p.Distance(_a);
        }

        // How far along the segment the foot of the perpendicular from p falls: before a, after b, or between.
        var r = (((p.X - _a.X) * _dx) + ((p.Y - _a.Y) * _dy)) / _len2;
        if (r <= 0.0)
        {
            return p.Distance(_a);
        }

        if (r >= 1.0)
        {
            return p.Distance(_b);
        }

        var s = (((_a.Y - p.Y) * _dx) - ((_a.X - p.X) * _dy)) / _len2;
        return Math.Abs(s) * _length;
    }
}
