using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Simplify;

namespace Portal.Maps.Rendering;

/// <summary>
/// Turns country boundaries in degrees into SVG paths for one map frame: simplified to what a pixel can show,
/// projected, clipped to the viewport, and written with one decimal. Only countries whose envelope comes near the
/// extent are projected at all.
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

        // Countries are drawn independently, so in parallel; in the order of their codes, so the SVG is the same every build.
        return boundaries.CountriesNear(near)
            .AsParallel()
            .AsOrdered()
            .Select(country => Shape(country, boundaries.At(country, level), frame, near, factory))
            .OfType<ProjectedShape>()
            .ToList();
    }

    /// <summary>One country's shape on the map, or null when nothing of it is visible.</summary>
    private static ProjectedShape? Shape(string country, Geometry boundary, MapFrame frame, Envelope near, GeometryFactory factory)
    {
        // Cut away, in degrees, what lies far outside the map before projecting: a country on the far side of
        // the globe (Russia's east, seen from Europe) must not be projected onto the map's rim. A cut runs along
        // a meridian or parallel, which the projection curves, so cut parts get points to curve with.
        var local = ClipParts(boundary, near, part => new Densifier(part) { DistanceTolerance = 1.0, Validate = false }.GetResultGeometry());
        if (local.Count == 0)
        {
            return null;
        }

        // Project copies: a part kept whole is the cached boundary's own, which other maps share.
        var projected = factory.CreateMultiPolygon(local.Select(p => (Polygon)p.Copy()).ToArray());
        projected.Apply(new ProjectionFilter(frame));
        projected.GeometryChanged();

        // Clip, then finish in pixels, since the shared level is up to twice as fine as this map needs.
        // Douglas-Peucker without topology repair: at a pixel, a sliver no one sees is no matter, and the repair
        // (or a topology-preserving simplifier) costs more than all the rest of the map.
        var visible = ClipParts(projected, frame.Viewport, part => part)
            .SelectMany(part => RingSimplifier.Simplify(part, Tolerance).Geometries)
            .Cast<Polygon>()
            .ToList();
        if (visible.Count == 0)
        {
            return null;
        }

        var path = SvgPath.From(factory.CreateMultiPolygon(visible.ToArray()), MinimumArea);
        return path.Length > 0 ? new ProjectedShape(country, path) : null;
    }

    /// <summary>
    /// The polygons of <paramref name="geometry"/> within <paramref name="box"/>: a part wholly inside is kept as it
    /// is and one wholly outside dropped; a part the edge crosses has each ring cut along the box (Cohen-Sutherland,
    /// NTS's <see cref="RingClipper"/>). Unlike an overlay, the cut may leave edges running along the box's side:
    /// both boxes lie outside what the map shows, so no one sees them, and no overlay's noding is paid for.
    /// </summary>
    private static List<Polygon> ClipParts(Geometry geometry, Envelope box, Func<Polygon, Geometry> afterCut)
    {
        var kept = new List<Polygon>();
        RingClipper? clipper = null;
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

            clipper ??= new RingClipper(box);
            if (Cut(part, clipper) is { } cut && afterCut(cut) is Polygon finished && !finished.IsEmpty)
            {
                kept.Add(finished);
            }
        }

        return kept;
    }

    /// <summary>A polygon cut to the clipper's box; null when nothing of its outer ring is left.</summary>
    private static Polygon? Cut(Polygon part, RingClipper clipper)
    {
        var shell = Ring(clipper.Clip(part.ExteriorRing.Coordinates));
        if (shell is null)
        {
            return null;
        }

        var holes = part.InteriorRings.Select(hole => Ring(clipper.Clip(hole.Coordinates))).OfType<Coordinate[]>();
        var factory = part.Factory;
        return factory.CreatePolygon(factory.CreateLinearRing(shell), holes.Select(factory.CreateLinearRing).ToArray());
    }

    /// <summary>The clipped points as a closed ring, or null when too few are left to enclose anything.</summary>
    private static Coordinate[]? Ring(Coordinate[] points)
    {
        if (points.Length < 3)
        {
            return null;
        }

        return points[0].Equals2D(points[^1]) ? (points.Length < 4 ? null : points) : [.. points, points[0].Copy()];
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
