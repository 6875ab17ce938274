namespace Portal.Maps.Planar;

/// <summary>Distances to segments, computed as NTS's <c>DistanceComputer</c> computes them, to the last bit.</summary>
public static class SegmentDistance
{
    /// <summary>The distance from <paramref name="p"/> to the segment from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static double PointToSegment(PlanePoint p, PlanePoint a, PlanePoint b)
    {
        if (a.X == b.X && a.Y == b.Y)
        {
            return p.Distance(a);
        }

        // How far along the segment the foot of the perpendicular from p falls: before a, after b, or between.
        var len2 = ((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y));
        var r = (((p.X - a.X) * (b.X - a.X)) + ((p.Y - a.Y) * (b.Y - a.Y))) / len2;
        if (r <= 0.0)
        {
            return p.Distance(a);
        }

        if (r >= 1.0)
        {
            return p.Distance(b);
        }

        var s = (((a.Y - p.Y) * (b.X - a.X)) - ((a.X - p.X) * (b.Y - a.Y))) / len2;
        return Math.Abs(s) * Math.Sqrt(len2);
    }
}
