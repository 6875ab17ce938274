using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace Portal.Maps.Rendering;

/// <summary>
/// Turns country boundaries in degrees into SVG paths for one map frame: simplified to what a pixel can show
/// (topology-preserving, so neighbours still meet), projected, clipped to the viewport, and written with one decimal.
/// Only countries whose envelope comes near the extent are projected at all.
/// </summary>
public static class CountryShapeProjector
{
    /// <summary>Pixels: detail finer than this is invisible at the map's size.</summary>
    public const double Tolerance = 1.0;

    /// <summary>Square pixels: islands smaller than this are left out.</summary>
    public const double MinimumArea = 3.0;

    public static IReadOnlyList<ProjectedShape> Project(
        SimplifiedBoundaries boundaries,
        MapFrame frame,
        Envelope extent)
    {
        var level = SimplifiedBoundaries.LevelFor(Tolerance / frame.PixelsPerDegree(extent));
        var near = new Envelope(extent);
        near.ExpandBy(Math.Max(extent.Width * 0.5, 30), Math.Max(extent.Height * 0.5, 20));
        near = new Envelope(Math.Max(near.MinX, -180), Math.Min(near.MaxX, 180), Math.Max(near.MinY, -89), Math.Min(near.MaxY, 89));
        var factory = new GeometryFactory();
        var window = factory.ToGeometry(near);
        var viewport = factory.ToGeometry(frame.Viewport);
        var shapes = new List<ProjectedShape>();
        foreach (var (country, original) in boundaries.Originals.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            if (!original.EnvelopeInternal.Intersects(near))
            {
                continue;
            }

            var boundary = boundaries.At(country, level);

            // Cut away, in degrees, what lies far outside the map before projecting: a country on the far side of
            // the globe (Russia's east, seen from Europe) must not be projected onto the map's rim. A cut runs along
            // a meridian or parallel, which the projection curves, so cut parts get points to curve with.
            var local = ClipParts(boundary, near, window, part => Densifier.Densify(part, 1.0));
            if (local.Count == 0)
            {
                continue;
            }

            // Project copies: the overlay may hand back parts of the shared boundary itself.
            var projected = factory.CreateMultiPolygon(local.Select(p => (Polygon)p.Copy()).ToArray());
            projected.Apply(new ProjectionFilter(frame));
            projected.GeometryChanged();

            // The shared level is up to twice as fine as this map needs; finish in pixels, on far fewer points.
            var simplified = TopologyPreservingSimplifier.Simplify(projected, Tolerance);
            var visible = ClipParts(simplified, frame.Viewport, viewport, part => part);
            if (visible.Count == 0)
            {
                continue;
            }

            var clipped = factory.CreateMultiPolygon(visible.ToArray());
            var path = SvgPath.From(clipped, MinimumArea);
            if (path.Length > 0)
            {
                shapes.Add(new ProjectedShape(country, path));
            }
        }

        return shapes;
    }

    /// <summary>
    /// The polygons of <paramref name="geometry"/> within <paramref name="box"/>: a part wholly inside is kept as it
    /// is and one wholly outside dropped, so the costly overlay runs only on the few parts the edge crosses.
    /// </summary>
    private static List<Polygon> ClipParts(Geometry geometry, Envelope box, Geometry boxGeometry, Func<Geometry, Geometry> afterCut)
    {
        var kept = new List<Polygon>();
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon part || part.IsEmpty || !box.Intersects(part.EnvelopeInternal))
            {
                continue;
            }

            if (box.Contains(part.EnvelopeInternal))
            {
                kept.Add(part);
                continue;
            }

            var cut = SafeIntersection(part, boxGeometry);
            if (cut is null || cut.IsEmpty)
            {
                continue;
            }

            var finished = afterCut(cut);
            kept.AddRange(Enumerable.Range(0, finished.NumGeometries).Select(finished.GetGeometryN).OfType<Polygon>().Where(p => !p.IsEmpty));
        }

        return kept;
    }

    private static Geometry? SafeIntersection(Geometry geometry, Geometry viewport)
    {
        if (viewport.EnvelopeInternal.Contains(geometry.EnvelopeInternal))
        {
            return geometry;
        }

        try
        {
            return geometry.Intersection(viewport);
        }
        catch (TopologyException)
        {
            // A ring made invalid by projection near the map's edge: repair it and try once more.
            return NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(geometry).Intersection(viewport);
        }
    }

    private sealed class ProjectionFilter(MapFrame frame) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence sequence)
        {
            for (var i = 0; i < sequence.Count; i++)
            {
                var pixel = frame.ToPixel(sequence.GetX(i), sequence.GetY(i));
                sequence.SetX(i, pixel.X);
                sequence.SetY(i, pixel.Y);
            }
        }
    }
}
