namespace Portal.Maps.Planar;

/// <summary>The area a ring encloses, computed as NTS's <c>Area.OfRing</c> computes it, to the last bit.</summary>
public static class RingArea
{
    /// <summary>The enclosed area (shoelace formula, x taken relative to the first point); 0 for fewer than three points.</summary>
    public static double Of(ReadOnlySpan<PlanePoint> ring)
    {
        if (ring.Length < 3)
        {
            return 0.0;
        }

        var x0 = ring[0].X;
        var sum = 0.0;
        for (var i = 1; i < ring.Length - 1; i++)
        {
            sum += (ring[i].X - x0) * (ring[i - 1].Y - ring[i + 1].Y);
        }

        return Math.Abs(sum / 2.0);
    }
}
