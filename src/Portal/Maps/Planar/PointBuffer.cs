namespace Portal.Maps.Planar;

/// <summary>
/// A growable list of points that is cleared and filled again for ring after ring, so that working on a ring
/// allocates nothing once the buffer has grown to the largest ring.
/// </summary>
public sealed class PointBuffer
{
    private PlanePoint[] _points = new PlanePoint[64];

    public int Count { get; private set; }

    public ReadOnlySpan<PlanePoint> Points => _points.AsSpan(0, Count);

    public PlanePoint this[int index] => Points[index];

    public void Clear() => Count = 0;

    public void Add(PlanePoint point)
    {
        if (Count == _points.Length)
        {
            Array.Resize(ref _points, _points.Length * 2);
        }

        _points[Count++] = point;
    }

    /// <summary>Adds the point unless it equals the last one, as NTS's <c>CoordinateList.Add(coord, false)</c>.</summary>
    public void AddDistinct(PlanePoint point)
    {
        if (Count == 0 || !_points[Count - 1].Equals2D(point))
        {
            Add(point);
        }
    }

    /// <summary>Closes the ring by repeating its first point, unless it is closed or empty (NTS's <c>CoordinateList.CloseRing</c>).</summary>
    public void CloseRing()
    {
        if (Count > 0)
        {
            AddDistinct(_points[0]);
        }
    }

    public PlanePoint[] ToArray() => Points.ToArray();
}
