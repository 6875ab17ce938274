using NetTopologySuite.Geometries;

namespace Portal.Maps.Planar;

/// <summary>
/// Clips a ring to a rectangle, on plain points: NTS's <c>RingClipper</c> (Cohen-Sutherland, one box edge after
/// the other), step for step, so its result is the same to the last bit.
/// </summary>
/// <remarks>
/// As NTS says of its own, the result is in general not valid: where the ring leaves the box and comes back, it
/// runs along the box's side. That suits clipping to a box no one sees, outside what a map shows.
/// </remarks>
public static class RingBoxClipper
{
    // NTS's order of the edges; the result's first point depends on it.
    private const int BoxBottom = 0;
    private const int BoxRight = 1;
    private const int BoxTop = 2;
    private const int BoxLeft = 3;

    /// <summary>
    /// Fills <paramref name="result"/> with the part of <paramref name="ring"/> (closed, not empty) within
    /// <paramref name="box"/>, closed; empty when none is. <paramref name="scratch"/> holds the steps between.
    /// </summary>
    public static void Clip(ReadOnlySpan<PlanePoint> ring, Envelope box, PointBuffer result, PointBuffer scratch)
    {
        // Edge by edge, each output the next one's input, ending in result.
        ClipToBoxEdge(ring, box, BoxBottom, scratch);
        if (scratch.Count == 0)
        {
            result.Clear();
            return;
        }

        ClipToBoxEdge(scratch.Points, box, BoxRight, result);
        if (result.Count == 0)
        {
            return;
        }

        ClipToBoxEdge(result.Points, box, BoxTop, scratch);
        if (scratch.Count == 0)
        {
            result.Clear();
            return;
        }

        ClipToBoxEdge(scratch.Points, box, BoxLeft, result);
    }

    /// <summary>The points on the inner side of one edge, with a point where the ring crosses it; the last edge closes the ring.</summary>
    private static void ClipToBoxEdge(ReadOnlySpan<PlanePoint> points, Envelope box, int edge, PointBuffer clipped)
    {
        clipped.Clear();
        var p0 = points[^1];
        foreach (var p1 in points)
        {
            if (IsInside(p1, box, edge))
            {
                if (!IsInside(p0, box, edge))
                {
                    clipped.AddDistinct(Intersection(p0, p1, box, edge));
                }

                clipped.AddDistinct(p1);
            }
            else if (IsInside(p0, box, edge))
            {
                clipped.AddDistinct(Intersection(p0, p1, box, edge));
            }

            p0 = p1;
        }

        if (edge == BoxLeft)
        {
            clipped.CloseRing();
        }
    }

    private static bool IsInside(PlanePoint p, Envelope box, int edge) => edge switch
    {
        BoxBottom => p.Y > box.MinY,
        BoxRight => p.X < box.MaxX,
        BoxTop => p.Y < box.MaxY,
        _ => p.X > box.MinX,
    };

    /// <summary>Where the segment from <paramref name="a"/> to <paramref name="b"/>, known to cross the edge's line, crosses it.</summary>
    private static PlanePoint Intersection(PlanePoint a, PlanePoint b, Envelope box, int edge) => edge switch
    {
        BoxBottom => new PlanePoint(IntersectionLineY(a, b, box.MinY), box.MinY),
        BoxRight => new PlanePoint(box.MaxX, IntersectionLineX(a, b, box.MaxX)),
        BoxTop => new PlanePoint(IntersectionLineY(a, b, box.MaxY), box.MaxY),
        _ => new PlanePoint(box.MinX, IntersectionLineX(a, b, box.MinX)),
    };

    private static double IntersectionLineY(PlanePoint a, PlanePoint b, double y)
    {
        var m = (b.X - a.X) / (b.Y - a.Y);
        var intercept = (y - a.Y) * m;
        return a.X + intercept;
    }

    private static double IntersectionLineX(PlanePoint a, PlanePoint b, double x)
    {
        var m = (b.Y - a.Y) / (b.X - a.X);
        var intercept = (x - a.X) * m;
        return a.Y + intercept;
    }
}
