using System.Text;
using NetTopologySuite.Densify;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Simplify;
using Portal.Geography;
using Portal.Maps.Rendering;

namespace Portal.Tests.Maps;

/// <summary>
/// The countries drawn on plain points match, to the byte, what the same steps drew on NTS's geometries with NTS's own
/// classes (<see cref="NtsCountryShapes"/>), on maps of the world, of regions and of countries, near the antimeridian
/// and the poles.
/// </summary>
public sealed class CountryShapeProjectorTests
{
    private static IEnumerable<TestCaseData> Maps()
    {
        yield return new TestCaseData(MapExtent.World, 640, true).SetName("The world");
        yield return new TestCaseData(new Envelope(-25, 45, 34, 72), 640, false).SetName("Europe");
        yield return new TestCaseData(new Envelope(4, 32, 54, 71), 640, false).SetName("The Nordic countries");
        yield return new TestCaseData(new Envelope(17, 19, 59, 60), 320, false).SetName("A municipality");
        yield return new TestCaseData(new Envelope(160, 180, -25, -10), 640, false).SetName("Fiji by the antimeridian");
        yield return new TestCaseData(new Envelope(-180, -150, 50, 72), 640, false).SetName("Alaska by the antimeridian");
        yield return new TestCaseData(new Envelope(-80, -30, -58, -15), 480, false).SetName("The south of South America");
        yield return new TestCaseData(new Envelope(90, 145, -12, 8), 640, false).SetName("Indonesia's islands");
        yield return new TestCaseData(new Envelope(-75, -10, 58, 84), 640, false).SetName("Greenland by the pole");
        yield return new TestCaseData(MapExtent.AroundCountry(WorldCountries.Shipped.BoundaryOf("RU")!, new Envelope()), 640, false).SetName("Russia");
        yield return new TestCaseData(MapExtent.AroundCountry(WorldCountries.Shipped.BoundaryOf("CL")!, new Envelope()), 640, false).SetName("Chile");
    }

    [TestCaseSource(nameof(Maps))]
    public void It_draws_what_the_same_steps_draw_on_NTS_s_geometries(Envelope extent, int width, bool world)
    {
        var frame = MapFrame.Fit(extent, width, world);

        var ours = CountryShapeProjector.Project(SimplifiedBoundaries.Shipped, frame, extent);
        var theirs = NtsCountryShapes.Project(WorldCountries.Shipped.Boundaries, frame, extent);

        Assert.That(ours, Is.Not.Empty);
        Assert.That(ours.Select(s => s.Country), Is.EqualTo(theirs.Select(s => s.Country)));
        Assert.Multiple(() =>
        {
            foreach (var (mine, reference) in ours.Zip(theirs))
            {
                Assert.That(mine.PathData, Is.EqualTo(reference.PathData), mine.Country);
            }
        });
    }

    /// <summary>
    /// The country shapes as the maps drew them on NTS's geometries, with NTS's ring clipper, densifier and
    /// Douglas-Peucker: kept as the reference the plain-point drawing must match.
    /// </summary>
    private static class NtsCountryShapes
    {
        private static readonly GeometryFactory Factory = new();

        public static List<ProjectedShape> Project(IReadOnlyDictionary<string, Geometry> boundaries, MapFrame frame, Envelope extent)
        {
            var tolerance = Math.Pow(2, SimplifiedBoundaries.LevelFor(CountryShapeProjector.Tolerance / frame.PixelsPerDegree(extent)));
            var near = new Envelope(extent);
            near.ExpandBy(Math.Max(extent.Width * 0.5, 30), Math.Max(extent.Height * 0.5, 20));
            near = new Envelope(Math.Max(near.MinX, -180), Math.Min(near.MaxX, 180), Math.Max(near.MinY, -89), Math.Min(near.MaxY, 89));
            return boundaries
                .Where(b => b.Value.EnvelopeInternal.Intersects(near))
                .OrderBy(b => b.Key, StringComparer.Ordinal)
                .Select(b => Shape(b.Key, Simplify(b.Value, tolerance), frame, near))
                .OfType<ProjectedShape>()
                .ToList();
        }

        private static ProjectedShape? Shape(string country, Geometry boundary, MapFrame frame, Envelope near)
        {
            var local = ClipParts(boundary, near, part => new Densifier(part) { DistanceTolerance = 1.0, Validate = false }.GetResultGeometry());
            var projected = Factory.CreateMultiPolygon(local.Select(p => (Polygon)p.Copy()).ToArray());
            projected.Apply(new ProjectionFilter(frame));
            projected.GeometryChanged();
            var visible = ClipParts(projected, frame.Viewport, part => part)
                .SelectMany(part => Simplify(part, CountryShapeProjector.Tolerance).Geometries)
                .Cast<Polygon>()
                .ToArray();
            var path = Path(visible, CountryShapeProjector.MinimumArea);
            return path.Length > 0 ? new ProjectedShape(country, path) : null;
        }

        private static List<Polygon> ClipParts(Geometry geometry, Envelope box, Func<Polygon, Geometry> afterCut)
        {
            var kept = new List<Polygon>();
            var clipper = new RingClipper(box);
            foreach (var part in Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>())
            {
                if (part.IsEmpty || !box.Intersects(part.EnvelopeInternal))
                {
                    continue;
                }

                if (box.Contains(part.EnvelopeInternal))
                {
                    kept.Add(part);
                }
                else if (Ring(clipper.Clip(part.ExteriorRing.Coordinates)) is { } shell)
                {
                    var holes = part.InteriorRings.Select(hole => Ring(clipper.Clip(hole.Coordinates))).OfType<Coordinate[]>();
                    var cut = Factory.CreatePolygon(Factory.CreateLinearRing(shell), holes.Select(Factory.CreateLinearRing).ToArray());
                    if (afterCut(cut) is Polygon { IsEmpty: false } finished)
                    {
                        kept.Add(finished);
                    }
                }
            }

            return kept;
        }

        private static Coordinate[]? Ring(Coordinate[] points) =>
            points.Length < 3 ? null : points[0].Equals2D(points[^1]) ? (points.Length < 4 ? null : points) : [.. points, points[0].Copy()];

        /// <summary>Douglas-Peucker on every ring, without a validity test; rings of fewer than four points go.</summary>
        private static MultiPolygon Simplify(Geometry polygonal, double tolerance)
        {
            var polygons = new List<Polygon>();
            foreach (var polygon in Enumerable.Range(0, polygonal.NumGeometries).Select(polygonal.GetGeometryN).OfType<Polygon>())
            {
                if (!polygon.IsEmpty && SimplifiedRing(polygon.ExteriorRing, tolerance) is { } shell)
                {
                    var holes = polygon.InteriorRings.Select(hole => SimplifiedRing(hole, tolerance)).OfType<Coordinate[]>();
                    polygons.Add(Factory.CreatePolygon(Factory.CreateLinearRing(shell), holes.Select(Factory.CreateLinearRing).ToArray()));
                }
            }

            return Factory.CreateMultiPolygon(polygons.ToArray());
        }

        private static Coordinate[]? SimplifiedRing(LineString ring, double tolerance) =>
            DouglasPeuckerLineSimplifier.Simplify(ring.Coordinates, tolerance, false) is { Length: >= 4 } points ? points : null;

        private static string Path(IEnumerable<Polygon> polygons, double minimumArea)
        {
            var builder = new StringBuilder();
            foreach (var polygon in polygons.Where(p => p.Area >= minimumArea))
            {
                foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                {
                    var points = ring.Coordinates;
                    var count = points.Length > 1 && points[0].Equals2D(points[^1]) ? points.Length - 1 : points.Length;
                    if (count < 2)
                    {
                        continue;
                    }

                    string? previous = null;
                    foreach (var point in points.Take(count).Select(p => $"{SvgPath.Number(p.X)},{SvgPath.Number(p.Y)}"))
                    {
                        if (point != previous)
                        {
                            builder.Append(previous is null ? 'M' : ' ').Append(point);
                            previous = point;
                        }
                    }

                    builder.Append('Z');
                }
            }

            return builder.ToString();
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
}
