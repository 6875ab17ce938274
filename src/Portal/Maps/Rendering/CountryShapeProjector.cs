using System.Runtime.InteropServices;
using System.Text;
using NetTopologySuite.Geometries;
using Portal.Maps.Planar;

namespace Portal.Maps.Rendering;

/// <summary>
/// Turns country boundaries in degrees into SVG paths for one map frame: simplified to what a pixel can show,
/// projected, clipped to the viewport, and written with one decimal. Only countries whose envelope comes near the
/// extent are projected at all.
/// </summary>
/// <remarks>
/// The steps are NTS's algorithms (its ring clipper, densifier and Douglas-Peucker), redone on arrays of plain points
/// with buffers each thread reuses: on NTS's geometries, every step cloned every coordinate it kept, and those clones
/// were most of what drawing a map cost.
/// </remarks>
public static class CountryShapeProjector
{
    /// <summary>Pixels: detail finer than this is invisible at the map's size.</summary>
    public const double Tolerance = 1.0;

    /// <summary>Square pixels: islands smaller than this are left out.</summary>
    public const double MinimumArea = 3.0;

    /// <summary>Degrees: the longest piece an edge cut along a meridian or parallel is left in, so the projection can curve it.</summary>
    private const double CutEdgeSpacing = 1.0;

    [ThreadStatic]
    private static Buffers? _threadBuffers;

    public static IReadOnlyList<ProjectedShape> Project(
        SimplifiedBoundaries boundaries,
        MapFrame frame,
        Envelope extent)
    {
        var level = SimplifiedBoundaries.LevelFor(Tolerance / frame.PixelsPerDegree(extent));
        var near = new Envelope(extent);
        near.ExpandBy(Math.Max(extent.Width * 0.5, 30), Math.Max(extent.Height * 0.5, 20));
        near = new Envelope(Math.Max(near.MinX, -180), Math.Min(near.MaxX, 180), Math.Max(near.MinY, -89), Math.Min(near.MaxY, 89));
        var viewport = frame.Viewport;

        // Countries are drawn independently, so in parallel; in the order of their codes, so the SVG is the same every build.
        return boundaries.CountriesNear(near)
            .AsParallel()
            .AsOrdered()
            .Select(country => Shape(country, boundaries.At(country, level), frame, near, viewport))
            .OfType<ProjectedShape>()
            .ToList();
    }

    /// <summary>One country's shape on the map, or null when nothing of it is visible.</summary>
    private static ProjectedShape? Shape(string country, IReadOnlyList<PlanePolygon> polygons, MapFrame frame, Envelope near, Envelope viewport)
    {
        var buffers = _threadBuffers ??= new Buffers();
        buffers.Path.Clear();
        foreach (var polygon in polygons)
        {
            AppendPolygon(polygon, frame, near, viewport, buffers);
        }

        return buffers.Path.Length > 0 ? new ProjectedShape(country, buffers.Path.ToString()) : null;
    }

    /// <summary>
    /// Appends a polygon's rings to the path as the map shows them; nothing when none of it is visible or what is
    /// visible is smaller than <see cref="MinimumArea"/>.
    /// </summary>
    /// <remarks>
    /// A part wholly inside a box is kept as it is and one wholly outside dropped; a part the box's edge crosses has
    /// each ring cut along it (Cohen-Sutherland). Unlike an overlay, the cut may leave edges running along the box's
    /// side: both boxes lie outside what the map shows, so no one sees them, and no overlay's noding is paid for.
    /// </remarks>
    private static void AppendPolygon(PlanePolygon polygon, MapFrame frame, Envelope near, Envelope viewport, Buffers buffers)
    {
        if (!near.Intersects(polygon.Envelope))
        {
            return;
        }

        var cutNear = !near.Contains(polygon.Envelope);
        bool? clipToViewport = null;
        buffers.ClearRings();
        for (var ring = 0; ring <= polygon.Holes.Count; ring++)
        {
            var degrees = ring == 0 ? polygon.Shell : polygon.Holes[ring - 1];
            var left = DrawRing(degrees, cutNear, frame, near, viewport, ref clipToViewport, buffers);
            if (left == Left.NoPolygon || (left == Left.NoRing && ring == 0))
            {
                return;
            }
        }

        var rings = buffers.Rings;
        var area = RingArea.Of(rings[0].Points);
        foreach (var hole in rings[1..])
        {
            area -= RingArea.Of(hole.Points);
        }

        if (area >= MinimumArea)
        {
            foreach (var kept in rings)
            {
                SvgPath.AppendRing(buffers.Path, kept.Points, close: true);
            }
        }
    }

    /// <summary>
    /// Takes one ring of a polygon through the steps and adds what is left of it to <see cref="Buffers.Rings"/>. The
    /// shell comes first: where its envelope in pixels lies decides whether the holes are clipped to the viewport too.
    /// </summary>
    private static Left DrawRing(
        ReadOnlySpan<PlanePoint> degrees,
        bool cutNear,
        MapFrame frame,
        Envelope near,
        Envelope viewport,
        ref bool? clipToViewport,
        Buffers buffers)
    {
        // Cut away, in degrees, what lies far outside the map before projecting: a country on the far side of the
        // globe (Russia's east, seen from Europe) must not be projected onto the map's rim. A cut runs along a
        // meridian or parallel, which the projection curves, so cut rings get points to curve with.
        if (cutNear)
        {
            if (!ClipRing(degrees, near, buffers))
            {
                return Left.NoRing;
            }

            SegmentDensifier.Densify(buffers.Clipped.Points, CutEdgeSpacing, buffers.Densified);

            // As NTS's densifier, which makes a ring it shortened below four points a line, and its polygon none.
            if (buffers.Densified.Count < 4)
            {
                return Left.NoPolygon;
            }

            degrees = buffers.Densified.Points;
        }

        frame.ToPixels(degrees, buffers.Pixels);
        if (clipToViewport is null)
        {
            var envelope = PlanePolygon.EnvelopeOf(buffers.Pixels.Points);
            if (!viewport.Intersects(envelope))
            {
                return Left.NoPolygon;
            }

            clipToViewport = !viewport.Contains(envelope);
        }

        var visible = buffers.Pixels.Points;
        if (clipToViewport == true)
        {
            if (!ClipRing(visible, viewport, buffers))
            {
                return Left.NoRing;
            }

            visible = buffers.Clipped.Points;
        }

        // Finish in pixels, since the shared level is up to twice as fine as this map needs. Douglas-Peucker without
        // topology repair: at a pixel, a sliver no one sees is no matter, and the repair (or a topology-preserving
        // simplifier) costs more than all the rest of the map.
        var simplified = buffers.AddRing();
        buffers.Simplifier.Simplify(visible, Tolerance, simplified);
        if (simplified.Count < 4)
        {
            buffers.RemoveLastRing();
            return Left.NoRing;
        }

        return Left.Ring;
    }

    /// <summary>
    /// Clips the ring to the box into <see cref="Buffers.Clipped"/>, closed; false when too few points are left to
    /// enclose anything.
    /// </summary>
    private static bool ClipRing(ReadOnlySpan<PlanePoint> ring, Envelope box, Buffers buffers)
    {
        var clipped = buffers.Clipped;
        RingBoxClipper.Clip(ring, box, clipped, buffers.ClipScratch);
        if (clipped.Count < 3)
        {
            return false;
        }

        if (!clipped[0].Equals2D(clipped[clipped.Count - 1]))
        {
            clipped.Add(clipped[0]);
            return true;
        }

        return clipped.Count >= 4;
    }

    /// <summary>What is left after a ring's steps.</summary>
    private enum Left
    {
        /// <summary>The ring, to be drawn.</summary>
        Ring,

        /// <summary>Nothing of the ring: a hole is left out, a shell takes its polygon with it.</summary>
        NoRing,

        /// <summary>Nothing of the ring's polygon.</summary>
        NoPolygon,
    }

    /// <summary>What drawing a polygon works in, kept by each thread for the next polygon and the next map.</summary>
    private sealed class Buffers
    {
        private readonly List<PointBuffer> _rings = [];
        private int _ringCount;

        public PointBuffer Clipped { get; } = new();

        public PointBuffer ClipScratch { get; } = new();

        public PointBuffer Densified { get; } = new();

        public PointBuffer Pixels { get; } = new();

        public DouglasPeuckerRingSimplifier Simplifier { get; } = new();

        public StringBuilder Path { get; } = new();

        /// <summary>The polygon's rings as they are drawn, shell first.</summary>
        public ReadOnlySpan<PointBuffer> Rings => CollectionsMarshal.AsSpan(_rings)[.._ringCount];

        public void ClearRings() => _ringCount = 0;

        public PointBuffer AddRing()
        {
            if (_ringCount == _rings.Count)
            {
                _rings.Add(new PointBuffer());
            }

            return _rings[_ringCount++];
        }

        public void RemoveLastRing() => _ringCount--;
    }
}
