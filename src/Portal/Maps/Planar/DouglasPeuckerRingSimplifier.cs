namespace Portal.Maps.Planar;

/// <summary>
/// Douglas-Peucker on a ring of plain points: NTS's <c>DouglasPeuckerLineSimplifier</c> with its endpoint not
/// preserved (as NTS's simplifiers treat a ring: its start is a point like any other, and may go), so its result is
/// the same to the last bit.
/// </summary>
public sealed class DouglasPeuckerRingSimplifier
{
    private bool[] _keep = new bool[64];
    private readonly Stack<(int From, int To)> _sections = new();
    private readonly PointBuffer _kept = new();

    /// <summary>
    /// Fills <paramref name="result"/> with the points of <paramref name="ring"/> that lie further than
    /// <paramref name="distanceTolerance"/> from the simplified line, in their order. A ring (closed, of four points
    /// or more) stays closed; it may come out with fewer than four points.
    /// </summary>
    public void Simplify(ReadOnlySpan<PlanePoint> ring, double distanceTolerance, PointBuffer result)
    {
        if (_keep.Length < ring.Length)
        {
            _keep = new bool[Math.Max(ring.Length, _keep.Length * 2)];
        }

        var keep = _keep.AsSpan(0, ring.Length);
        keep.Fill(true);
        KeepFarPoints(ring, distanceTolerance, keep);

        var kept = IsRing(ring) ? _kept : result;
        kept.Clear();
        for (var i = 0; i < ring.Length; i++)
        {
            if (keep[i])
            {
                kept.Add(ring[i]);
            }
        }

        if (kept != result)
        {
            SimplifyRingEndpoint(kept.Points, distanceTolerance, result);
        }
    }

    /// <summary>
    /// Marks as dropped the points of each section within the tolerance of the segment joining its ends, and splits
    /// the others at their furthest point. A section's outcome depends on it alone, so the order they are taken in
    /// (a stack here, recursion in NTS) does not change the result; a stack cannot overflow on a long ring.
    /// </summary>
    private void KeepFarPoints(ReadOnlySpan<PlanePoint> points, double distanceTolerance, Span<bool> keep)
    {
        _sections.Clear();
        if (points.Length > 0)
        {
            _sections.Push((0, points.Length - 1));
        }

        while (_sections.TryPop(out var section))
        {
            var (i, j) = section;
            if (i + 1 >= j)
            {
                continue;
            }

            var segment = new SegmentDistance(points[i], points[j]);
            var maxDistance = -1.0;
            var maxIndex = i;
            for (var k = i + 1; k < j; k++)
            {
                var distance = segment.To(points[k]);
                if (distance > maxDistance)
                {
                    maxDistance = distance;
                    maxIndex = k;
                }
            }

            if (maxDistance <= distanceTolerance)
            {
                keep[(i + 1)..j].Fill(false);
            }
            else
            {
                _sections.Push((maxIndex, j));
                _sections.Push((i, maxIndex));
            }
        }
    }

    /// <summary>
    /// Drops the ring's start (and its repeat at the end) when it lies within the tolerance of the segment joining
    /// its neighbours, then closes the ring again, as NTS's <c>SimplifyRingEndpoint</c>; fewer than four points stay as they are.
    /// </summary>
    private static void SimplifyRingEndpoint(ReadOnlySpan<PlanePoint> kept, double distanceTolerance, PointBuffer result)
    {
        result.Clear();
        if (kept.Length >= 4 && SegmentDistance.PointToSegment(kept[0], kept[1], kept[^2]) <= distanceTolerance)
        {
            foreach (var point in kept[1..^1])
            {
                result.Add(point);
            }

            result.CloseRing();
            return;
        }

        foreach (var point in kept)
        {
            result.Add(point);
        }
    }

    /// <summary>Closed, of four points or more: NTS's <c>CoordinateArrays.IsRing</c>.</summary>
    private static bool IsRing(ReadOnlySpan<PlanePoint> points) => points.Length >= 4 && points[0].Equals2D(points[^1]);
}
