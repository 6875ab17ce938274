namespace Portal.Maps.Planar;

/// <summary>
/// Adds points along a line's long segments, on plain points: the placement of NTS's <c>Densifier</c>, so its result
/// is the same to the last bit.
/// </summary>
public static class SegmentDensifier
{
    /// <summary>
    /// Fills <paramref name="result"/> with <paramref name="points"/> and, on each segment longer than
    /// <paramref name="distanceTolerance"/>, as few evenly spaced points as leave no piece longer. As NTS's, it drops
    /// a point equal to the one before, so a ring may come out shorter than it went in.
    /// </summary>
    public static void Densify(ReadOnlySpan<PlanePoint> points, double distanceTolerance, PointBuffer result)
    {
        result.Clear();
        for (var i = 0; i < points.Length - 1; i++)
        {
            var p0 = points[i];
            var p1 = points[i + 1];
            result.AddDistinct(p0);
            var length = p0.Distance(p1);
            if (length <= distanceTolerance)
            {
                continue;
            }

            var pieces = (int)Math.Ceiling(length / distanceTolerance);
            var pieceLength = length / pieces;
            for (var j = 1; j < pieces; j++)
            {
                // The fraction as NTS computes it (not j / pieces), for the same rounding.
                var fraction = j * pieceLength / length;
                result.AddDistinct(new PlanePoint(p0.X + (fraction * (p1.X - p0.X)), p0.Y + (fraction * (p1.Y - p0.Y))));
            }
        }

        if (points.Length > 0)
        {
            result.AddDistinct(points[^1]);
        }
    }
}
